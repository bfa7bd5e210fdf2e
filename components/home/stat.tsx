import { getFormatter } from "next-intl/server";

export async function Stat({ label, value }: { label: string; value: number }) {
  const format = await getFormatter();
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="mt-1 text-3xl font-bold text-brand-700">{format.number(value)}</dd>
    </div>
  );
}
