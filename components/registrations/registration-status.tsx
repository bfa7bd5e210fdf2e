import Link from "next/link";
import { useTranslations } from "next-intl";

interface Props {
  movementId: string;
  /** The officer's own units the movement covers, and their registration if any. */
  units: { unitId: string; unitName: string; registrationId: string | null }[] | undefined;
}

/** On the movement list: whether each of the officer's covered units has registered. */
export function RegistrationStatus({ movementId, units }: Props) {
  const t = useTranslations("registrations");
  if (!units || units.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-2 text-sm">
      {units.map((unit) => (
        <li
          key={unit.unitId}
          className={`rounded px-2 py-0.5 ${unit.registrationId ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-900"}`}
        >
          {unit.registrationId ? (
            <Link href={`/movements/${movementId}/registrations/${unit.registrationId}`} className="underline">
              {t("coveredRegistered", { unit: unit.unitName })}
            </Link>
          ) : (
            t("coveredNotRegistered", { unit: unit.unitName })
          )}
        </li>
      ))}
    </ul>
  );
}
