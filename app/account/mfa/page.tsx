import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { MfaCodeForm } from "@/components/auth/mfa-code-form";
import { MfaEnrolForm } from "@/components/auth/mfa-enrol-form";
import { startEnrolment } from "@/lib/auth/mfa";
import { isMfaRequiredFor } from "@/lib/policy";
import { requireUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mfa");
  return { title: t("title") };
}

export default async function MfaPage() {
  const actor = await requireUser("/account/mfa", { pendingStep: "mfa" });
  const t = await getTranslations("mfa");
  const isRequired = isMfaRequiredFor(actor);

  if (actor.isMfaEnrolled) {
    return (
      <>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("enrolled")}
        </p>
        <MfaCodeForm kind="regenerate" />
        {isRequired ? <p className="mt-8 text-stone-700">{t("disableNotAllowed")}</p> : <MfaCodeForm kind="disable" />}
      </>
    );
  }

  // A fresh secret per visit; it is only stored once the person proves their app has it.
  const { secret, uri, token } = startEnrolment(actor);
  // SVG generated here from our own data, so inserting it as markup is safe.
  const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 max-w-prose text-stone-700">{t("intro")}</p>
      {isRequired ? (
        <p role="status" className="mt-4 rounded border border-amber-300 bg-amber-50 p-3">
          {t("requiredNotice")}
        </p>
      ) : null}
      <p className="mt-6 font-medium">{t("step1")}</p>
      <div
        role="img"
        aria-label={t("qrLabel")}
        className="mt-3 w-48 bg-white"
        dangerouslySetInnerHTML={{ __html: qrSvg }}
      />
      <p className="mt-3 text-stone-700">{t("manualEntry")}</p>
      <code
        data-testid="totp-secret"
        className="mt-1 inline-block break-all rounded bg-stone-100 px-2 py-1 font-mono text-lg"
      >
        {secret.match(/.{1,4}/g)?.join(" ")}
      </code>
      <p className="mt-6 font-medium">{t("step2")}</p>
      <MfaEnrolForm token={token} />
    </>
  );
}
