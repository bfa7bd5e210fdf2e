// The demo union hierarchy: national union → ministry/sector unions → grassroots unions
// (công đoàn cơ sở) → a few sub-units (công đoàn bộ phận), so subtree queries have depth to walk.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { toSearchText } from "../../lib/text/search-text";

export interface UnitSpec {
  code: string;
  name: string;
  /** null only for the national union. */
  parentCode: string | null;
  /** What kind of body it is: drives the wording of registration pledges. */
  kind: "national" | "sector" | "agency" | "school" | "hospital" | "service";
  /** Staff count (union members), for quotas given as a share of the headcount. */
  headcount: number;
}

export const ROOT_UNIT_CODE = "CDVCVN";

const unit = (
  code: string,
  name: string,
  parentCode: string | null,
  kind: UnitSpec["kind"],
  headcount: number,
): UnitSpec => ({
  code,
  name,
  parentCode,
  kind,
  headcount,
});

/** Parents come before their children, so the list can be written in order. */
export const unitSpecs: readonly UnitSpec[] = [
  unit(ROOT_UNIT_CODE, "Công đoàn Viên chức Việt Nam", null, "national", 85),

  unit("CDBTP", "Công đoàn Bộ Tư pháp", ROOT_UNIT_CODE, "sector", 42),
  unit("TP-VP", "Công đoàn cơ sở Văn phòng Bộ Tư pháp", "CDBTP", "agency", 186),
  unit("TP-HTQT", "Công đoàn cơ sở Cục Hộ tịch, quốc tịch, chứng thực", "CDBTP", "agency", 74),
  unit("TP-HV", "Công đoàn cơ sở Học viện Tư pháp", "CDBTP", "school", 212),
  unit("TP-DHL", "Công đoàn cơ sở Trường Đại học Luật Hà Nội", "CDBTP", "school", 840),
  unit("TP-KDS", "Công đoàn bộ phận Khoa Pháp luật Dân sự", "TP-DHL", "school", 46),
  unit("TP-BPL", "Công đoàn cơ sở Báo Pháp luật Việt Nam", "CDBTP", "service", 128),

  unit("CDBNV", "Công đoàn Bộ Nội vụ", ROOT_UNIT_CODE, "sector", 38),
  unit("NV-VP", "Công đoàn cơ sở Văn phòng Bộ Nội vụ", "CDBNV", "agency", 164),
  unit("NV-TDKT", "Công đoàn cơ sở Ban Thi đua – Khen thưởng Trung ương", "CDBNV", "agency", 96),
  unit("NV-VTLT", "Công đoàn cơ sở Cục Văn thư và Lưu trữ nhà nước", "CDBNV", "agency", 118),
  unit("NV-LTQG1", "Công đoàn bộ phận Trung tâm Lưu trữ quốc gia I", "NV-VTLT", "service", 52),
  unit("NV-DHNV", "Công đoàn cơ sở Trường Đại học Nội vụ Hà Nội", "CDBNV", "school", 690),
  unit("NV-VKH", "Công đoàn cơ sở Viện Khoa học tổ chức nhà nước và lao động", "CDBNV", "agency", 63),

  unit("CDVPCP", "Công đoàn Văn phòng Chính phủ", ROOT_UNIT_CODE, "sector", 35),
  unit("VPCP-TH", "Công đoàn cơ sở Vụ Tổng hợp", "CDVPCP", "agency", 58),
  unit("VPCP-KSTT", "Công đoàn cơ sở Cục Kiểm soát thủ tục hành chính", "CDVPCP", "agency", 71),
  unit("VPCP-CTT", "Công đoàn cơ sở Cổng Thông tin điện tử Chính phủ", "CDVPCP", "service", 84),
  unit("VPCP-QT2", "Công đoàn cơ sở Cục Hành chính – Quản trị II", "CDVPCP", "service", 146),

  unit("CDBKHCN", "Công đoàn Bộ Khoa học và Công nghệ", ROOT_UNIT_CODE, "sector", 33),
  unit("KH-VP", "Công đoàn cơ sở Văn phòng Bộ Khoa học và Công nghệ", "CDBKHCN", "agency", 152),
  unit("KH-SHTT", "Công đoàn cơ sở Cục Sở hữu trí tuệ", "CDBKHCN", "agency", 238),
  unit("KH-UDCN", "Công đoàn cơ sở Viện Ứng dụng công nghệ", "CDBKHCN", "service", 176),
  unit("KH-TDC", "Công đoàn cơ sở Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia", "CDBKHCN", "agency", 204),
  unit("KH-QT1", "Công đoàn bộ phận Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1", "KH-TDC", "service", 88),
  unit("KH-TTTK", "Công đoàn cơ sở Cục Thông tin, Thống kê", "CDBKHCN", "service", 67),

  unit("CDBNG", "Công đoàn Bộ Ngoại giao", ROOT_UNIT_CODE, "sector", 31),
  unit("NG-LS", "Công đoàn cơ sở Cục Lãnh sự", "CDBNG", "agency", 109),
  unit("NG-HV", "Công đoàn cơ sở Học viện Ngoại giao", "CDBNG", "school", 265),
  unit("NG-LT", "Công đoàn cơ sở Cục Lễ tân Nhà nước", "CDBNG", "agency", 57),
  unit("NG-PVNG", "Công đoàn cơ sở Cục Phục vụ ngoại giao đoàn", "CDBNG", "service", 143),

  unit("CDVCHN", "Công đoàn Viên chức thành phố Hà Nội", ROOT_UNIT_CODE, "sector", 47),
  unit("HN-PVHCC", "Công đoàn cơ sở Trung tâm Phục vụ hành chính công thành phố Hà Nội", "CDVCHN", "service", 182),
  unit("HN-STP", "Công đoàn cơ sở Sở Tư pháp thành phố Hà Nội", "CDVCHN", "agency", 96),
  unit("HN-THUE", "Công đoàn cơ sở Thuế thành phố Hà Nội", "CDVCHN", "agency", 420),
  unit("HN-BVDG", "Công đoàn cơ sở Bệnh viện Đa khoa Đức Giang", "CDVCHN", "hospital", 1260),
  unit("HN-HSCC", "Công đoàn bộ phận Khoa Hồi sức tích cực – Chống độc", "HN-BVDG", "hospital", 64),
  unit("HN-TAKV1", "Công đoàn cơ sở Tòa án nhân dân khu vực 1 – Hà Nội", "CDVCHN", "agency", 78),
  unit("HN-PHK", "Công đoàn cơ sở Ủy ban nhân dân phường Hoàn Kiếm", "CDVCHN", "agency", 54),
];

export interface SeededUnit {
  id: string;
  code: string;
  name: string;
  parentCode: string | null;
  path: string;
  depth: number;
  kind: UnitSpec["kind"];
  headcount: number;
}

/** All seeded units by code; also answers ancestry questions the content modules ask. */
export class UnitDirectory {
  constructor(private readonly byCode: ReadonlyMap<string, SeededUnit>) {}

  get(code: string): SeededUnit {
    const found = this.byCode.get(code);
    if (!found) throw new Error(`Seed refers to unknown unit code ${code}`);
    return found;
  }

  all(): SeededUnit[] {
    return [...this.byCode.values()];
  }

  /** The unit itself, then its parent, up to the root. */
  lineage(code: string): SeededUnit[] {
    const chain: SeededUnit[] = [];
    for (let current: string | null = code; current; current = this.get(current).parentCode) {
      chain.push(this.get(current));
    }
    return chain;
  }
}

/**
 * Creates the units that do not exist yet (matched by code). Existing units keep their id and path,
 * so a re-run never rewrites the tree someone may have edited since.
 */
export async function seedUnits(client: PrismaClient): Promise<{ units: UnitDirectory; createdCount: number }> {
  const existing = await client.unit.findMany({
    where: { code: { in: unitSpecs.map((spec) => spec.code) } },
    select: { id: true, code: true, path: true, depth: true },
  });
  const existingByCode = new Map(existing.map((row) => [row.code, row]));
  const seeded = new Map<string, SeededUnit>();
  let createdCount = 0;

  for (const spec of unitSpecs) {
    const parent = spec.parentCode ? seeded.get(spec.parentCode) : undefined;
    if (spec.parentCode && !parent) throw new Error(`Unit ${spec.code} is listed before its parent ${spec.parentCode}`);
    const found = existingByCode.get(spec.code);
    if (found) {
      seeded.set(spec.code, { ...spec, id: found.id, path: found.path, depth: found.depth });
      continue;
    }
    // The id is generated here rather than by the database so the path can be written in the same insert.
    const id = randomUUID();
    const path = `${parent ? parent.path : "/"}${id}/`;
    const depth = parent ? parent.depth + 1 : 0;
    await client.unit.create({
      data: {
        id,
        code: spec.code,
        name: spec.name,
        nameSearch: toSearchText(spec.name),
        parentId: parent?.id ?? null,
        path,
        depth,
        headcount: spec.headcount,
      },
    });
    seeded.set(spec.code, { ...spec, id, path, depth });
    createdCount++;
  }
  return { units: new UnitDirectory(seeded), createdCount };
}
