/** The first letters of the first and last words of a name ("Nguyễn Thị Hồng" → "NH"), for a portrait placeholder. */
export function initialsOf(name: string): string {
  // Words that start with a letter: "Tổ 3" or a code does not make initials.
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word));
  const first = words[0]?.[0] ?? "";
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? "") : "";
  return `${first}${last}`.toLocaleUpperCase("vi");
}

const sizes = {
  card: "h-20 w-16 text-xl",
  profile: "h-48 w-36 text-4xl sm:h-60 sm:w-44",
} as const;

/**
 * An honoree's portrait through the access-checked route, or their initials when there is none
 * (the placeholder is decorative: the name is always written next to it).
 */
export function HonoreePortrait({
  id,
  name,
  hasPortrait,
  alt,
  size,
}: {
  id: string;
  name: string;
  hasPortrait: boolean;
  alt: string;
  size: keyof typeof sizes;
}) {
  const box = `${sizes[size]} shrink-0 rounded-lg border border-stone-200`;
  if (!hasPortrait) {
    return (
      <div
        aria-hidden="true"
        className={`${box} flex items-center justify-center bg-brand-50 font-semibold text-brand-800`}
      >
        {initialsOf(name)}
      </div>
    );
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- an access-checked file served by our route, not for the image optimizer
    <img
      src={`/api/honorees/${id}/portrait`}
      alt={alt}
      loading={size === "card" ? "lazy" : "eager"}
      className={`${box} bg-stone-100 object-cover`}
    />
  );
}
