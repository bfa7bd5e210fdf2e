// The 30 movements of the national dataset, 2019–2026: 23 decided and published (the older ones
// archived), 4 open, the largest under review, one at its decision stage (shortlist posted) and
// one draft. Provincial and ministry movements cover one level-1 union's subtree.
import type { MovementStatus, PhaseKind, Visibility } from "../../../lib/generated/prisma/enums";
import { addDays, day } from "./sql";
import type { TemplateKey } from "./templates";

/** The day the dataset describes: nothing happened after it (open movements, the review under way). */
export const asOf = day("2026-11-24");

export interface MovementSpec {
  code: string;
  name: string;
  slogan: string | null;
  /** Organizer and covered subtree: the national union, or the level-1 union of this name. */
  organizer: "national" | string;
  startsOn: string;
  endsOn: string;
  status: MovementStatus;
  visibility: Visibility;
  template: TemplateKey;
  nominations: number;
  reviewersPerNomination: number;
  councilSize: number;
  calibrateScores?: boolean;
  copiedFrom?: string;
  /** Dossiers climb the intermediate levels (national/levels.ts); nearly all are in, as late in a nomination phase. */
  throughLevels?: boolean;
  /** Phase boundaries when the default timeline (from the period) does not fit. */
  reviewStartsOn?: string;
  postingStartsOn?: string;
}

export interface Phase {
  kind: PhaseKind;
  startsOn: Date;
  endsOn: Date;
}

/** Registration in the first two months, nominations until the review, posting and decision after it. */
export function phasesOf(spec: MovementSpec): Phase[] {
  const start = day(spec.startsOn);
  const end = day(spec.endsOn);
  const reviewStart = spec.reviewStartsOn ? day(spec.reviewStartsOn) : addDays(end, -44);
  const postingStart = spec.postingStartsOn ? day(spec.postingStartsOn) : addDays(end, -15);
  return [
    { kind: "REGISTRATION", startsOn: start, endsOn: addDays(start, 59) },
    { kind: "NOMINATION", startsOn: addDays(start, 60), endsOn: addDays(reviewStart, -1) },
    { kind: "REVIEW", startsOn: reviewStart, endsOn: addDays(postingStart, -1) },
    { kind: "PUBLIC_POSTING", startsOn: postingStart, endsOn: end },
    { kind: "DECISION", startsOn: addDays(end, 1), endsOn: addDays(end, 30) },
    { kind: "PUBLICATION", startsOn: addDays(end, 31), endsOn: addDays(end, 60) },
  ];
}

/** Decided movements: the decision 20 days after the period, on the roster 15 days later. */
export function decisionDatesOf(spec: MovementSpec): { issuedOn: Date; publishedAt: Date } {
  const end = day(spec.endsOn);
  return { issuedOn: addDays(end, 20), publishedAt: new Date(addDays(end, 35).getTime() + 2 * 3_600_000) };
}

export const isDecided = (spec: MovementSpec) => spec.status === "PUBLISHED" || spec.status === "ARCHIVED";

const national = (
  spec: Omit<MovementSpec, "organizer" | "visibility"> & Partial<Pick<MovementSpec, "visibility">>,
): MovementSpec => ({ organizer: "national", visibility: "PUBLIC", ...spec });

const labourYears: MovementSpec[] = [2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year) =>
  national({
    code: `LDG-LDST-${year}`,
    name: `Thi đua “Lao động giỏi, lao động sáng tạo” năm ${year}`,
    slogan: "Lao động giỏi, lao động sáng tạo – vì sự nghiệp xây dựng và bảo vệ Tổ quốc",
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    status: year <= 2022 ? "ARCHIVED" : "PUBLISHED",
    template: "labour",
    nominations: 6_000,
    reviewersPerNomination: 5,
    councilSize: 21,
    ...(year > 2019 ? { copiedFrom: `LDG-LDST-${year - 1}` } : {}),
  }),
);

const unionYears: MovementSpec[] = [2020, 2022, 2024].map((year) =>
  national({
    code: `CBCD-TB-${year}`,
    name: `Cán bộ công đoàn cơ sở tiêu biểu năm ${year}`,
    slogan: "Vì quyền lợi đoàn viên – vì sự phát triển của cơ quan, đơn vị",
    startsOn: `${year}-02-01`,
    endsOn: `${year}-11-30`,
    status: year === 2020 ? "ARCHIVED" : "PUBLISHED",
    visibility: year === 2024 ? "PUBLIC" : "STAFF",
    template: "union",
    nominations: 5_500,
    reviewersPerNomination: 3,
    councilSize: 15,
  }),
);

const decided: MovementSpec[] = [
  national({
    code: "TMG-PVT-2019-2024",
    name: "Tham mưu giỏi, phục vụ tốt",
    slogan: "Tham mưu đúng, trúng, kịp thời – Phục vụ tận tụy, hiệu quả, hài lòng",
    startsOn: "2019-05-01",
    endsOn: "2024-08-31",
    status: "PUBLISHED",
    template: "advice",
    nominations: 12_800,
    reviewersPerNomination: 5,
    councilSize: 25,
  }),
  ...labourYears,
  ...unionYears,
  national({
    code: "GVN-DVN-2019-2021",
    name: "Giỏi việc nước, đảm việc nhà giai đoạn 2019–2021",
    slogan: null,
    startsOn: "2019-03-01",
    endsOn: "2021-10-31",
    status: "ARCHIVED",
    template: "family",
    nominations: 6_500,
    reviewersPerNomination: 3,
    councilSize: 15,
  }),
  national({
    code: "GVN-DVN-2022-2024",
    name: "Giỏi việc nước, đảm việc nhà giai đoạn 2022–2024",
    slogan: null,
    startsOn: "2022-03-01",
    endsOn: "2024-10-31",
    status: "PUBLISHED",
    template: "family",
    nominations: 6_500,
    reviewersPerNomination: 3,
    councilSize: 15,
    copiedFrom: "GVN-DVN-2019-2021",
  }),
  national({
    code: "COVID-2020-2021",
    name: "Chung tay phòng, chống dịch COVID-19",
    slogan: "Đoàn kết, chung tay đẩy lùi dịch bệnh",
    startsOn: "2020-03-01",
    endsOn: "2021-12-31",
    status: "ARCHIVED",
    template: "advice",
    nominations: 5_000,
    reviewersPerNomination: 5,
    councilSize: 21,
  }),
  national({
    code: "XSD-2021",
    name: "Xanh – Sạch – Đẹp, bảo đảm an toàn vệ sinh lao động năm 2021",
    slogan: null,
    startsOn: "2021-01-01",
    endsOn: "2021-12-31",
    status: "ARCHIVED",
    template: "labour",
    nominations: 5_200,
    reviewersPerNomination: 3,
    councilSize: 15,
  }),
  national({
    code: "XSD-2023",
    name: "Xanh – Sạch – Đẹp, bảo đảm an toàn vệ sinh lao động năm 2023",
    slogan: null,
    startsOn: "2023-01-01",
    endsOn: "2023-12-31",
    status: "PUBLISHED",
    template: "labour",
    nominations: 5_200,
    reviewersPerNomination: 3,
    councilSize: 15,
    copiedFrom: "XSD-2021",
  }),
  ...(
    [
      ["HN-2023", "thành phố Hà Nội", "Công đoàn Viên chức Thủ đô thi đua lập thành tích năm 2023", "2023"],
      [
        "HCM-2023",
        "thành phố Hồ Chí Minh",
        "Viên chức Thành phố mang tên Bác thi đua phục vụ nhân dân năm 2023",
        "2023",
      ],
      ["BTP-2022", "Bộ Tư pháp", "Cán bộ Tư pháp thi đua “Tham mưu giỏi, phục vụ tốt” năm 2022", "2022"],
      ["BYT-2024", "Bộ Y tế", "Thầy thuốc thi đua phục vụ người bệnh năm 2024", "2024"],
      ["DN-2024", "thành phố Đà Nẵng", "Viên chức Đà Nẵng thi đua chuyển đổi số năm 2024", "2024"],
      ["NA-2025", "tỉnh Nghệ An", "Công đoàn Viên chức Nghệ An thi đua lập thành tích năm 2025", "2025"],
      ["CT-2025", "thành phố Cần Thơ", "Viên chức Cần Thơ thi đua cải cách hành chính năm 2025", "2025"],
    ] as const
  ).map(([code, organizer, name, year]): MovementSpec => ({
    code: `TD-${code}`,
    name,
    slogan: null,
    organizer,
    startsOn: `${year}-01-15`,
    endsOn: `${year}-11-30`,
    status: "PUBLISHED",
    visibility: "PUBLIC",
    template: "advice",
    nominations:
      organizer.startsWith("thành phố Hà Nội") || organizer.startsWith("thành phố Hồ Chí Minh") ? 2_400 : 1_100,
    reviewersPerNomination: 3,
    councilSize: 11,
  })),
];

const current: MovementSpec[] = [
  national({
    code: "DMST-CDS-2025-2026",
    name: "Đổi mới sáng tạo, chuyển đổi số – Tham mưu giỏi, phục vụ tốt giai đoạn 2025–2026",
    slogan: "Đổi mới sáng tạo – Chuyển đổi số – Phục vụ nhân dân",
    startsOn: "2025-03-01",
    endsOn: "2026-12-31",
    status: "REVIEW",
    template: "digital",
    nominations: 64_000,
    reviewersPerNomination: 3,
    councilSize: 30,
    calibrateScores: true,
    copiedFrom: "TMG-PVT-2019-2024",
    reviewStartsOn: "2026-10-01",
    postingStartsOn: "2026-12-10",
  }),
  // Issue 17: the next national cycle of "Tham mưu giỏi, phục vụ tốt", late in its nomination phase,
  // routed through 60 intermediate levels: a city union's inbox holds over 5,000 dossiers.
  national({
    code: "TMG-PVT-2025-2030",
    name: "Tham mưu giỏi, phục vụ tốt giai đoạn 2025–2030",
    slogan: "Tham mưu đúng, trúng, kịp thời – Phục vụ tận tụy, hiệu quả, hài lòng",
    startsOn: "2025-09-01",
    endsOn: "2030-06-30",
    status: "OPEN",
    template: "advice",
    nominations: 84_000,
    reviewersPerNomination: 3,
    councilSize: 25,
    copiedFrom: "TMG-PVT-2019-2024",
    reviewStartsOn: "2027-01-01",
    throughLevels: true,
  }),
  national({
    code: "BDHVS-2025-2026",
    name: "“Bình dân học vụ số” trong viên chức, người lao động",
    slogan: "Mỗi đoàn viên một kỹ năng số",
    startsOn: "2025-06-01",
    endsOn: "2026-12-31",
    status: "DECISION",
    template: "advice",
    nominations: 6_000,
    reviewersPerNomination: 3,
    councilSize: 15,
    reviewStartsOn: "2026-08-01",
    postingStartsOn: "2026-11-16",
  }),
  national({
    code: "LDG-LDST-2026-2027",
    name: "Thi đua “Lao động giỏi, lao động sáng tạo” giai đoạn 2026–2027",
    slogan: null,
    startsOn: "2026-03-01",
    endsOn: "2027-12-31",
    status: "OPEN",
    template: "labour",
    nominations: 7_000,
    reviewersPerNomination: 3,
    councilSize: 15,
    copiedFrom: "LDG-LDST-2025",
  }),
  national({
    code: "GVN-DVN-2025-2027",
    name: "Giỏi việc nước, đảm việc nhà giai đoạn 2025–2027",
    slogan: null,
    startsOn: "2025-03-01",
    endsOn: "2027-10-31",
    status: "OPEN",
    template: "family",
    nominations: 6_000,
    reviewersPerNomination: 3,
    councilSize: 15,
    copiedFrom: "GVN-DVN-2022-2024",
  }),
  national({
    code: "CBCD-TB-2026-2027",
    name: "Cán bộ công đoàn cơ sở tiêu biểu giai đoạn 2026–2027",
    slogan: null,
    startsOn: "2026-06-01",
    endsOn: "2027-11-30",
    status: "OPEN",
    visibility: "STAFF",
    template: "union",
    nominations: 4_500,
    reviewersPerNomination: 3,
    councilSize: 15,
  }),
  {
    code: "TD-HN-2026-2027",
    name: "Công đoàn Viên chức Thủ đô đổi mới, sáng tạo giai đoạn 2026–2027",
    slogan: null,
    organizer: "thành phố Hà Nội",
    startsOn: "2026-02-01",
    endsOn: "2027-11-30",
    status: "OPEN",
    visibility: "PUBLIC",
    template: "advice",
    nominations: 2_500,
    reviewersPerNomination: 3,
    councilSize: 11,
  },
  national({
    code: "NQ-DH-2027-2030",
    name: "Thi đua thực hiện Nghị quyết Đại hội Công đoàn Viên chức Việt Nam giai đoạn 2027–2030",
    slogan: null,
    startsOn: "2027-01-01",
    endsOn: "2030-12-31",
    status: "DRAFT",
    template: "advice",
    nominations: 0,
    reviewersPerNomination: 3,
    councilSize: 0,
  }),
];

export const movementSpecs: MovementSpec[] = [...decided, ...current];
