import { getTranslations } from "next-intl/server";
import { signOut } from "@/app/actions";

/** A form posting to the sign-out action: works before (and without) JavaScript, ships none. */
export async function SignOutButton() {
  const t = await getTranslations("nav");
  return (
    <form action={signOut}>
      <button type="submit" className="rounded border border-white/40 px-3 py-1 text-sm hover:bg-white/10">
        {t("signOut")}
      </button>
    </form>
  );
}
