// Benchmark data for the rosters (not a test): a union of 2,121 units in four levels, 10 decided
// movements and `count` honorees with realistic Vietnamese names, reproducibly (no random():
// every choice is a function of the row number). Rows are built in JS, so the folded search
// text and merit key come from the app's own functions, and inserted 1,000 per statement.
import type pg from "pg";
import { holderKeyOf } from "../../lib/roster/merit";
import { honoreeSearchText } from "../../lib/roster/search";
import { toSearchText } from "../../lib/text/search-text";

const families = [
  "Nguyễn",
  "Nguyễn",
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
];
const middles = [
  "Văn",
  "Thị",
  "Hữu",
  "Đức",
  "Minh",
  "Ngọc",
  "Thanh",
  "Quốc",
  "Xuân",
  "Thu",
  "Kim",
  "Thị Thu",
  "Văn Đức",
];
const givens = [
  "An",
  "Bình",
  "Chi",
  "Dũng",
  "Hà",
  "Hải",
  "Hạnh",
  "Hoa",
  "Hùng",
  "Hương",
  "Khánh",
  "Lan",
  "Linh",
  "Long",
  "Mai",
  "Nam",
  "Nga",
  "Ngọc",
  "Phong",
  "Phương",
  "Quang",
  "Quyên",
  "Sơn",
  "Tâm",
  "Thảo",
  "Thành",
  "Trang",
  "Trung",
  "Tuấn",
  "Vân",
  "Việt",
  "Yến",
  "Ưng",
  "Đạt",
];
const provinces = [
  "Hà Nội",
  "Hải Phòng",
  "Đà Nẵng",
  "Huế",
  "Cần Thơ",
  "Quảng Ninh",
  "Nghệ An",
  "Thanh Hóa",
  "Đắk Lắk",
  "Lâm Đồng",
  "Khánh Hòa",
  "Bình Định",
  "An Giang",
  "Đồng Nai",
  "Bắc Ninh",
  "Thái Nguyên",
  "Lào Cai",
  "Sơn La",
  "Cà Mau",
  "Hồ Chí Minh",
];
const departments = ["Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Sở Y tế", "Sở Giáo dục và Đào tạo"];
const positions = [
  "Chuyên viên",
  "Chuyên viên chính",
  "Phó Trưởng phòng",
  "Trưởng phòng",
  "Kế toán viên",
  "Văn thư",
  "Thanh tra viên",
];
const citations = [
  "Có nhiều sáng kiến cải cách thủ tục hành chính, rút ngắn thời gian giải quyết hồ sơ cho người dân.",
  "Tham mưu kịp thời, chính xác; hoàn thành xuất sắc nhiệm vụ được giao trong nhiều năm liền.",
  "Tận tụy phục vụ nhân dân, được người dân và doanh nghiệp đánh giá cao về thái độ phục vụ.",
  "Đi đầu trong chuyển đổi số, xây dựng cơ sở dữ liệu dùng chung của ngành.",
  "Gương mẫu, đoàn kết, giúp đỡ đồng nghiệp; tích cực tham gia hoạt động công đoàn và từ thiện.",
];

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

/** Inserts `rows` (objects with the same keys) into `table`, `batch` rows per statement. */
export async function insertRows(
  client: pg.Client,
  table: string,
  rows: readonly Record<string, unknown>[],
  batch = 1_000,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  for (let start = 0; start < rows.length; start += batch) {
    const slice = rows.slice(start, start + batch);
    const values: unknown[] = [];
    const tuples = slice.map(
      (row, r) => `(${columns.map((c, i) => (values.push(row[c]), `$${r * columns.length + i + 1}`)).join(", ")})`,
    );
    await client.query(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`,
      values,
    );
  }
}

type UnitRow = {
  id: string;
  code: string;
  name: string;
  nameSearch: string;
  parentId: string | null;
  path: string;
  depth: number;
  headcount: number;
  updatedAt: Date;
};

/** A deterministic UUID from a namespace digit and a number (valid v4 layout). */
function uuid(namespace: number, n: number): string {
  const hex = n.toString(16).padStart(12, "0");
  return `${namespace.toString(16).padStart(8, "0")}-0000-4000-8000-${hex}`;
}

function unitTree(): UnitRow[] {
  const now = new Date();
  const unit = (n: number, name: string, parent: UnitRow | null): UnitRow => {
    const id = uuid(1, n);
    return {
      id,
      code: `B${n}`,
      name,
      nameSearch: toSearchText(name),
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? "/"}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      headcount: 20 + (n % 80),
      updatedAt: now,
    };
  };
  const root = unit(0, "Công đoàn Viên chức Việt Nam", null);
  const units = [root];
  let n = 1;
  for (const province of provinces) {
    const p = unit(n++, `Công đoàn Viên chức tỉnh ${province}`, root);
    units.push(p);
    for (const department of departments) {
      const d = unit(n++, `Công đoàn ${department} ${province}`, p);
      units.push(d);
      for (let g = 1; g <= 20; g++)
        units.push(
          unit(
            n++,
            `Công đoàn cơ sở ${pick(["Phòng", "Trung tâm", "Chi cục"], g)} ${g} – ${department} ${province}`,
            d,
          ),
        );
    }
  }
  return units;
}

/** Fills an empty, migrated database with the roster benchmark data; returns what it made. */
export async function fillRoster(
  client: pg.Client,
  count: number,
): Promise<{ units: number; movements: number; honorees: number }> {
  const units = unitTree();
  await insertRows(client, "Unit", units);
  const root = units[0]!;
  const grassroots = units.filter((u) => u.depth === 3);
  const creator = uuid(2, 0);
  await client.query(
    `INSERT INTO "User" (id, email, "fullName", "fullNameSearch", "passwordHash", "updatedAt") VALUES ($1, 'bench-officer@bench', 'Cán bộ đo hiệu năng', 'can bo do hieu nang', 'x', now())`,
    [creator],
  );

  const movementCount = 10;
  const movements = Array.from({ length: movementCount }, (_, m) => ({
    id: uuid(3, m),
    code: `BENCH-R${m}`,
    name: `Phong trào thi đua “Tham mưu giỏi, phục vụ tốt” giai đoạn ${2015 + m}`,
    description: "Phong trào dùng cho đo hiệu năng.",
    organizingUnitId: root.id,
    coverageUnitId: root.id,
    startsOn: new Date(Date.UTC(2015 + m, 0, 1)),
    endsOn: new Date(Date.UTC(2015 + m, 11, 31)),
    status: "PUBLISHED",
    updatedAt: new Date(),
  }));
  await insertRows(client, "Movement", movements);
  const titles = movements.flatMap((m, i) => [
    {
      id: uuid(4, i * 2),
      movementId: m.id,
      position: 1,
      name: "Điển hình tiên tiến",
      eligibility: "BOTH",
      approvalThresholdPercent: 50,
    },
    {
      id: uuid(4, i * 2 + 1),
      movementId: m.id,
      position: 2,
      name: "Bằng khen",
      eligibility: "BOTH",
      approvalThresholdPercent: 50,
    },
  ]);
  await insertRows(client, "AwardTitle", titles);
  const decisions = movements.map((m, i) => ({
    id: uuid(5, i),
    movementId: m.id,
    number: `${100 + i}/QĐ-CĐVC`,
    issuedOn: new Date(Date.UTC(2016 + i, 2, 15)),
    signerName: "Nguyễn Văn Chủ",
    issuingAuthority: "Ban Thường vụ Công đoàn Viên chức Việt Nam",
    publishedAt: new Date(Date.UTC(2016 + i, 3, 1)),
    rosterAudience: "PUBLIC",
  }));
  await insertRows(client, "Decision", decisions);

  const nominations: Record<string, unknown>[] = [];
  const honorees: Record<string, unknown>[] = [];
  const flush = async () => {
    await insertRows(client, "Nomination", nominations.splice(0));
    await insertRows(client, "Honoree", honorees.splice(0));
  };
  for (let n = 0; n < count; n++) {
    const m = n % movementCount;
    const unit = grassroots[(n * 7919) % grassroots.length]!;
    const kind = n % 10 === 9 ? "COLLECTIVE" : "INDIVIDUAL";
    const name =
      kind === "COLLECTIVE"
        ? `Tập thể ${pick(["Phòng Hộ tịch", "Phòng Tổng hợp", "Bộ phận Một cửa", "Tổ Kế toán"], n)}`
        : `${pick(families, n * 31)} ${pick(middles, n * 17)} ${pick(givens, n * 13 + (n >> 4))}`;
    const birthYear = kind === "INDIVIDUAL" ? 1965 + (n % 35) : null;
    const position = kind === "INDIVIDUAL" ? pick(positions, n) : null;
    const citation = pick(citations, n * 3);
    const id = uuid(6, n);
    nominations.push({
      id,
      movementId: movements[m]!.id,
      awardTitleId: titles[m * 2 + (n % 2)]!.id,
      unitId: unit.id,
      nominatingUnitId: unit.id,
      createdById: creator,
      nomineeKind: kind,
      nomineeName: name,
      nomineeNameSearch: toSearchText(name),
      birthYear,
      position,
      citation,
      status: "HONOURED",
      updatedAt: new Date(),
    });
    // 90 % on the public roster, 5 % staff-only, 3 % unpublished, 2 % revoked.
    const state = n % 100;
    const listedFor = state < 90 ? "PUBLIC" : state < 95 ? "STAFF" : null;
    honorees.push({
      id: uuid(7, n),
      nominationId: id,
      decisionId: decisions[m]!.id,
      movementId: movements[m]!.id,
      awardTitleId: titles[m * 2 + (n % 2)]!.id,
      unitId: unit.id,
      kind,
      name,
      nameSearch: toSearchText(name),
      birthYear,
      position,
      citation,
      story: `${citation}\n\nĐồng chí luôn gương mẫu, tận tụy và được đồng nghiệp tin yêu.`,
      holderKey: holderKeyOf({ kind, unitId: unit.id, name, birthYear }),
      awardedOn: decisions[m]!.issuedOn,
      searchText: honoreeSearchText({ name, position, unitName: unit.name, citation }),
      listedFor,
      publishedAt: state < 95 ? decisions[m]!.publishedAt : null,
      revokedAt: state >= 98 ? new Date(Date.UTC(2025, 0, 1)) : null,
      revokedReason: state >= 98 ? "Hồ sơ không trung thực" : null,
    });
    if (honorees.length === 2_000) await flush();
  }
  await flush();
  await client.query("VACUUM ANALYZE");
  return { units: units.length, movements: movementCount, honorees: count };
}
