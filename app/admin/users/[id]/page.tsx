import { ResetMfaForm } from "@/components/auth/reset-mfa-form";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AccountStatusForm, ResetPasswordForm } from "@/components/users/account-actions";
import { EditUserForm } from "@/components/users/edit-user-form";
import { RoleManager } from "@/components/users/role-manager";
import { requirePermission } from "@/lib/session";
import { getUserDetail, listUnitOptions } from "@/lib/users/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("detailTitle") };
}

export default async function UserDetailPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission(`/admin/users/${encodeURIComponent(id)}`, { action: "user.manage" });
  // A malformed or unknown id is a 404, never a 500.
  const user = await getUserDetail({ actor, userId: id });
  if (!user) notFound();
  const [units, t, format] = await Promise.all([listUnitOptions({ actor }), getTranslations("users"), getFormatter()]);
  const isSelf = user.id === actor.id;
  const ownAdminRoles = isSelf ? user.roles.filter((r) => r.role === "ADMIN") : [];
  const lockedAssignmentId = ownAdminRoles.length === 1 ? ownAdminRoles[0]?.id : undefined;
  const section = "rounded-lg border border-stone-200 bg-white p-4";
  return (
    <>
      <Link href="/admin/users" className="text-brand-700 underline">
        {t("backToList")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{user.fullName}</h1>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-stone-700">
        <dt>{t("email")}</dt>
        <dd>{user.email}</dd>
        <dt>{t("status")}</dt>
        <dd>
          {user.isActive ? t("active") : t("inactive")}
          {user.mustChangePassword ? ` · ${t("mustChangePassword")}` : ""}
        </dd>
        <dt>{t("lastSignIn")}</dt>
        <dd>
          {user.lastSignInAt
            ? format.dateTime(user.lastSignInAt, { dateStyle: "medium", timeStyle: "short" })
            : t("never")}
        </dd>
        <dt>{t("createdAt")}</dt>
        <dd>{format.dateTime(user.createdAt, { dateStyle: "medium" })}</dd>
      </dl>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="details-heading" className={section}>
          <h2 id="details-heading" className="mb-3 text-lg font-semibold">
            {t("detailsTitle")}
          </h2>
          <EditUserForm user={user} />
        </section>
        <section aria-labelledby="roles-heading" className={section}>
          <h2 id="roles-heading" className="mb-3 text-lg font-semibold">
            {t("rolesTitle")}
          </h2>
          <RoleManager
            userId={user.id}
            assignments={user.roles}
            units={units}
            lockedAssignmentId={lockedAssignmentId}
          />
        </section>
        <section aria-labelledby="password-heading" className={section}>
          <h2 id="password-heading" className="mb-3 text-lg font-semibold">
            {t("passwordTitle")}
          </h2>
          <ResetPasswordForm userId={user.id} />
        </section>
        <section aria-labelledby="status-heading" className={section}>
          <h2 id="status-heading" className="mb-3 text-lg font-semibold">
            {t("statusTitle")}
          </h2>
          <AccountStatusForm userId={user.id} isActive={user.isActive} isSelf={isSelf} />
        </section>
        <div className={section}>
          <ResetMfaForm userId={user.id} isEnrolled={user.isMfaEnrolled} />
        </div>
      </div>
    </>
  );
}
