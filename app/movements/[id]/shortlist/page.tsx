import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PostingCandidates } from "@/components/reviews/posting-candidates";
import { PostingWindowText } from "@/components/reviews/posting-window";
import { isUuid } from "@/lib/ids";
import { today } from "@/lib/movements/days";
import { currentViewer } from "@/lib/movements/viewer";
import { postedShortlist } from "@/lib/reviews/posting/queries";

type Params = Promise<{ id: string }>;

async function load(id: string) {
  // Not posted, not visible and a malformed id all look the same: not there.
  if (!isUuid(id)) notFound();
  const path = `/movements/${id}/shortlist`;
  const viewer = await currentViewer(path);
  const shortlist = await postedShortlist({ actor: viewer, movementId: id, today: today() });
  if (!shortlist) notFound();
  return { viewer, shortlist, path };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const { shortlist } = await load(id);
  const t = await getTranslations("posting");
  return { title: `${t("publicTitle")} · ${shortlist.movement.name}` };
}

export default async function PostedShortlistPage({ params }: { params: Params }) {
  const { id } = await params;
  const { viewer, shortlist, path } = await load(id);
  const t = await getTranslations("posting");
  return (
    <article>
      <p>
        <Link href={`/movements/${id}`} className="text-brand-700 underline">
          {t("backToMovement")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("publicTitle")}</h1>
      <p className="mt-1 max-w-3xl text-stone-700">{t("publicIntro", { movement: shortlist.movement.name })}</p>
      <PostingWindowText window={shortlist.window} />
      <PostingCandidates
        shortlist={shortlist}
        isSignedIn={viewer !== null}
        signInHref={`/sign-in?callbackUrl=${encodeURIComponent(path)}`}
      />
    </article>
  );
}
