import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ConsiderationForm } from "@/components/levels/consideration-form";
import { ForwardForm, forwardFormId } from "@/components/levels/forward-form";
import { InboxFilters } from "@/components/levels/inbox-filters";
import { LevelStateBadge } from "@/components/levels/level-state-badge";
import { VerdictForms } from "@/components/levels/verdict-forms";
import { ResultsPagination } from "@/components/reviews/results-pagination";
import { DataTable } from "@/components/ui/data-table";
import { localizedName } from "@/lib/i18n/localized-name";
import { inboxParamsSchema, levelInbox, type InboxRow } from "@/lib/levels/inbox";
import { inboxQuery, levelPaths } from "@/lib/levels/paths";
import { today } from "@/lib/movements/days";
import { requirePermission } from "@/lib/session";

type Props = {
  params: Promise<{ movementId: string; unitId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("levels");
  return { title: t("mineTitle") };
}

const day = (value: string) => new Date(`${value}T00:00:00.000Z`);

/**
 * A level's inbox (decision 0012): what the units below sent up, its allotment, its council's
 * consideration, the verdicts on each dossier and the forward. Officers of the level act; the
 * organiser's administrators read; anyone else is told it does not exist.
 */
export default async function LevelInboxPage({ params, searchParams }: Props) {
  const { movementId, unitId } = await params;
  const actor = await requirePermission(levelPaths.inbox(movementId, unitId), { ids: [movementId, unitId] });
  const query = inboxParamsSchema.parse(await searchParams);
  const inbox = await levelInbox({ actor, movementId, unitId, params: query, today: today() });
  if (!inbox) notFound();
  const [t, format, locale] = await Promise.all([getTranslations("levels"), getFormatter(), getLocale()]);
  const canVerdict = (row: InboxRow) => inbox.canAct && (row.state === "PENDING" || row.state === "ENDORSED");
  const shown = { ...query, page: inbox.page };
  return (
    <>
      <p>
        <Link href={levelPaths.mine()} className="text-brand-700 underline">
          {t("backToMine")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("inboxTitle", { unit: inbox.unit.name })}</h1>
      <p className="mt-1 max-w-3xl text-stone-700">
        {t("inboxIntro", { movement: localizedName(locale, inbox.movement.name, inbox.movement.nameEn) })}
      </p>
      <p className="mt-2 font-semibold">{t("deadline", { deadline: day(inbox.deadline) })}</p>
      {inbox.isOverdue ? (
        <p role="status" className="mt-2 rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {t("overdue")}
        </p>
      ) : null}
      {!inbox.canAct ? (
        <p role="note" className="mt-2 rounded border border-sky-300 bg-sky-50 p-3 text-sky-900">
          {t("readOnly", { unit: inbox.unit.name })}
        </p>
      ) : null}
      {inbox.canAct ? (
        <p className="mt-2">
          <Link href={levelPaths.allotments(movementId, unitId)} className="text-brand-700 underline">
            {t("allotmentsLink")}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="quota-title" className="mt-6">
        <h2 id="quota-title" className="text-lg font-semibold">
          {t("quotaTitle")}
        </h2>
        <DataTable
          className="mt-2"
          caption={t("quotaCaption")}
          rows={inbox.titles}
          rowKey={(title) => title.id}
          columns={[
            {
              key: "title",
              header: t("quotaTitleColumn"),
              isRowHeader: true,
              cell: (title) => localizedName(locale, title.name, title.nameEn),
            },
            {
              key: "quota",
              header: t("quotaColumn"),
              align: "end",
              cell: (title) => (title.quota === null ? t("unlimited") : format.number(title.quota)),
            },
            {
              key: "sentUp",
              header: t("sentUpColumn"),
              align: "end",
              cell: (title) =>
                title.quota === null
                  ? format.number(title.sentUp)
                  : t("usedOf", { used: title.sentUp, quota: title.quota }),
            },
            {
              key: "pending",
              header: t("pendingColumn"),
              align: "end",
              isSecondary: true,
              cell: (title) => format.number(title.pending),
            },
            {
              key: "endorsed",
              header: t("endorsedColumn"),
              align: "end",
              isSecondary: true,
              cell: (title) => format.number(title.endorsed),
            },
          ]}
        />
      </section>

      <InboxFilters inbox={inbox} params={shown} />
      <p className="mt-4 text-stone-700" role="status">
        {t("resultCount", { count: inbox.total })}
      </p>
      <DataTable
        className="mt-2"
        caption={t("tableCaption", { unit: inbox.unit.name })}
        rows={inbox.rows}
        rowKey={(row) => row.nominationId}
        rowClassName="align-top"
        empty={t("empty")}
        columns={[
          ...(inbox.canAct
            ? [
                {
                  key: "select",
                  header: t("selectColumn"),
                  cell: (row: InboxRow) =>
                    canVerdict(row) ? (
                      <input
                        type="checkbox"
                        form={forwardFormId}
                        name={`selected.${row.nominationId}`}
                        aria-label={t("selectDossier", { nominee: row.nomineeName })}
                        className="size-5 accent-brand-700"
                      />
                    ) : null,
                },
              ]
            : []),
          {
            key: "nominee",
            header: t("nomineeColumn"),
            isRowHeader: true,
            cell: (row: InboxRow) => (
              <>
                <Link href={`/nominations/${row.nominationId}`} className="font-semibold text-brand-700 underline">
                  {row.nomineeName}
                </Link>
                <div className="text-stone-600">{row.unitName}</div>
                {row.comment ? (
                  <div className="mt-1 text-stone-700">{t("levelComment", { comment: row.comment })}</div>
                ) : null}
              </>
            ),
          },
          {
            key: "title",
            header: t("titleColumn"),
            cell: (row: InboxRow) => localizedName(locale, row.titleName, row.titleNameEn),
          },
          { key: "from", header: t("fromColumn"), isSecondary: true, cell: (row: InboxRow) => row.fromUnitName },
          {
            key: "received",
            header: t("receivedColumn"),
            isSecondary: true,
            className: "whitespace-nowrap",
            cell: (row: InboxRow) => format.dateTime(row.receivedAt, { dateStyle: "long" }),
          },
          { key: "state", header: t("stateColumn"), cell: (row: InboxRow) => <LevelStateBadge state={row.state} /> },
          {
            key: "rank",
            header: t("rankColumn"),
            align: "end" as const,
            isSecondary: true,
            cell: (row: InboxRow) => (row.rank === null ? "—" : format.number(row.rank)),
          },
          ...(inbox.canAct
            ? [
                {
                  key: "actions",
                  header: t("actionsColumn"),
                  cell: (row: InboxRow) =>
                    canVerdict(row) ? (
                      <VerdictForms
                        movementId={movementId}
                        unitId={unitId}
                        dossier={{
                          nominationId: row.nominationId,
                          nomineeName: row.nomineeName,
                          version: row.version,
                          levelVersion: row.levelVersion,
                          comment: row.comment,
                          rank: row.rank,
                        }}
                      />
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <ResultsPagination
        page={inbox.page}
        pageCount={inbox.pageCount}
        hrefOf={(page) => `${levelPaths.inbox(movementId, unitId)}${inboxQuery({ ...shown, page })}`}
      />

      <section aria-labelledby="consideration-title" className="mt-8">
        <h2 id="consideration-title" className="text-lg font-semibold">
          {t("considerationTitle")}
        </h2>
        {inbox.consideration ? (
          <p className="mt-2">
            {t("considerationLatest", {
              date: inbox.consideration.recordedAt,
              votesFor: inbox.consideration.votesFor,
              votesAgainst: inbox.consideration.votesAgainst,
              membersPresent: inbox.consideration.membersPresent,
              totalMembers: inbox.consideration.totalMembers,
            })}{" "}
            {inbox.consideration.minutesName ? (
              <a href={levelPaths.minutes(inbox.consideration.id)} className="text-brand-700 underline">
                {t("minutesLink", { name: inbox.consideration.minutesName })}
              </a>
            ) : null}
          </p>
        ) : (
          <p className="mt-2 text-stone-700">{t("considerationNone")}</p>
        )}
        {inbox.canAct ? <ConsiderationForm movementId={movementId} unitId={unitId} /> : null}
      </section>

      {inbox.canAct ? (
        <section className="mt-8 rounded-lg border border-stone-200 bg-white p-4">
          <ForwardForm movementId={movementId} unitId={unitId} organizerName={inbox.organizerName} />
        </section>
      ) : null}
    </>
  );
}
