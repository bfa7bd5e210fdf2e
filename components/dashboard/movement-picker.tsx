import { getLocale, getTranslations } from "next-intl/server";
import type { DashboardMovement } from "@/lib/dashboard/queries";

/** Choose the movement: a plain GET form, so each movement's dashboard is a shareable URL and works without JavaScript. */
export async function MovementPicker({
  movements,
  selectedId,
}: {
  movements: DashboardMovement[];
  selectedId: string;
}) {
  const t = await getTranslations("dashboard.picker");
  const tStatus = await getTranslations("movementStatus");
  const isEnglish = (await getLocale()) === "en";
  return (
    <form
      method="get"
      action="/dashboard"
      className="mt-6 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4"
    >
      <div className="min-w-0 flex-1 basis-72">
        <label htmlFor="dashboard-movement" className="block font-medium">
          {t("label")}
        </label>
        <select
          id="dashboard-movement"
          name="movement"
          defaultValue={selectedId}
          className="mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2"
        >
          {movements.map((movement) => (
            <option key={movement.id} value={movement.id}>
              {t("option", {
                name: isEnglish && movement.nameEn ? movement.nameEn : movement.name,
                status: tStatus(movement.status),
              })}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("submit")}
      </button>
    </form>
  );
}
