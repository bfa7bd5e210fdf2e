// Demo accounts (one per role and then some) and ordinary members, with the roles they hold.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Role } from "../../lib/generated/prisma/enums";
import { hashPassword } from "../../lib/auth/password";
import { toSearchText } from "../../lib/text/search-text";
import { ROOT_UNIT_CODE, type UnitDirectory } from "./units";

/** One shared password per role: easy to demo, still long and not on common-password lists. */
const PASSWORDS: Record<Role, string> = {
  ADMIN: "QuanTri#VinhDanh2025",
  OFFICER: "CanBo#VinhDanh2025",
  REVIEWER: "HoiDong#VinhDanh2025",
  STAFF: "VienChuc#VinhDanh2025",
};

interface PersonSpec {
  email: string;
  fullName: string;
  position: string;
  role: Role;
  unitCode: string;
  /** English, for the demo accounts table; members without one are not listed there. */
  description?: string;
}

const DOMAIN = "@vinhdanh.demo";

const accountSpecs: readonly PersonSpec[] = [
  {
    email: `admin${DOMAIN}`,
    fullName: "Nguyễn Thị Thu Hà",
    position: "Phó Trưởng ban Tuyên giáo – Thi đua",
    role: "ADMIN",
    unitCode: ROOT_UNIT_CODE,
    description: "Administrator, Vietnam Civil Servants' Trade Union",
  },
  {
    email: `officer.tuphap${DOMAIN}`,
    fullName: "Trần Quốc Bảo",
    position: "Phó Chủ tịch Công đoàn Bộ Tư pháp",
    role: "OFFICER",
    unitCode: "CDBTP",
    description: "Union officer, Trade Union of the Ministry of Justice",
  },
  {
    email: `officer.noivu${DOMAIN}`,
    fullName: "Lê Minh Khôi",
    position: "Ủy viên Ban Thường vụ Công đoàn Bộ Nội vụ",
    role: "OFFICER",
    unitCode: "CDBNV",
    description: "Union officer, Trade Union of the Ministry of Home Affairs",
  },
  {
    email: `officer.vpcp${DOMAIN}`,
    fullName: "Phạm Thanh Hương",
    position: "Phó Chủ tịch Công đoàn Văn phòng Chính phủ",
    role: "OFFICER",
    unitCode: "CDVPCP",
    description: "Union officer, Trade Union of the Government Office",
  },
  {
    email: `officer.khcn${DOMAIN}`,
    fullName: "Hoàng Đức Thắng",
    position: "Chủ tịch Công đoàn Bộ Khoa học và Công nghệ",
    role: "OFFICER",
    unitCode: "CDBKHCN",
    description: "Union officer, Trade Union of the Ministry of Science and Technology",
  },
  {
    email: `officer.ngoaigiao${DOMAIN}`,
    fullName: "Vũ Ngọc Lan",
    position: "Phó Chủ tịch Công đoàn Bộ Ngoại giao",
    role: "OFFICER",
    unitCode: "CDBNG",
    description: "Union officer, Trade Union of the Ministry of Foreign Affairs",
  },
  {
    email: `officer.hanoi${DOMAIN}`,
    fullName: "Đỗ Thị Kim Oanh",
    position: "Trưởng ban Tổ chức Công đoàn Viên chức thành phố",
    role: "OFFICER",
    unitCode: "CDVCHN",
    description: "Union officer, Hanoi Civil Servants' Trade Union",
  },
  {
    email: `officer.cs-hvtp${DOMAIN}`,
    fullName: "Bùi Văn Toàn",
    position: "Chủ tịch Công đoàn cơ sở Học viện Tư pháp",
    role: "OFFICER",
    unitCode: "TP-HV",
    description: "Grassroots union officer, Judicial Academy",
  },
  {
    email: `officer.cs-pvhcc${DOMAIN}`,
    fullName: "Ngô Thị Hải Yến",
    position: "Chủ tịch Công đoàn cơ sở Trung tâm",
    role: "OFFICER",
    unitCode: "HN-PVHCC",
    description: "Grassroots union officer, Hanoi Public Administration Service Centre",
  },
  {
    email: `reviewer1${DOMAIN}`,
    fullName: "Đinh Văn Hùng",
    position: "Phó Chủ tịch Công đoàn Viên chức Việt Nam",
    role: "REVIEWER",
    unitCode: ROOT_UNIT_CODE,
    description: "Council member (vice-chair of the national union)",
  },
  {
    email: `reviewer2${DOMAIN}`,
    fullName: "Lý Thị Phương Thảo",
    position: "Trưởng ban Chính sách – Pháp luật",
    role: "REVIEWER",
    unitCode: ROOT_UNIT_CODE,
    description: "Council member (head of policy and law)",
  },
  {
    email: `reviewer3${DOMAIN}`,
    fullName: "Châu Minh Tuấn",
    position: "Chánh Văn phòng Công đoàn Viên chức Việt Nam",
    role: "REVIEWER",
    unitCode: ROOT_UNIT_CODE,
    description: "Council member (chief of office)",
  },
  {
    email: `reviewer4${DOMAIN}`,
    fullName: "Tạ Thị Hồng Nhung",
    position: "Phó Trưởng ban Tổ chức",
    role: "REVIEWER",
    unitCode: ROOT_UNIT_CODE,
    description: "Council member (deputy head of organisation)",
  },
  {
    email: `reviewer5${DOMAIN}`,
    fullName: "Mai Xuân Trường",
    position: "Ủy viên Ban Chấp hành, chuyên gia thi đua – khen thưởng",
    role: "REVIEWER",
    unitCode: ROOT_UNIT_CODE,
    description: "Council member (emulation and commendation expert)",
  },
  {
    email: `staff${DOMAIN}`,
    fullName: "Phan Thị Ngọc Ánh",
    position: "Chuyên viên",
    role: "STAFF",
    unitCode: "NV-VP",
    description: "Staff member, Office of the Ministry of Home Affairs",
  },
];

// Ordinary members: they make rosters and pickers look like a real organisation.
const memberRows: ReadonlyArray<readonly [fullName: string, position: string, unitCode: string]> = [
  ["Nguyễn Văn Nam", "Chuyên viên chính", "TP-VP"],
  ["Trần Thị Mai Anh", "Phó Trưởng phòng", "TP-HTQT"],
  ["Lê Hoàng Phúc", "Giảng viên chính", "TP-HV"],
  ["Phạm Thị Bích Ngọc", "Giảng viên", "TP-KDS"],
  ["Hoàng Văn Dũng", "Phóng viên", "TP-BPL"],
  ["Vũ Thị Lan Phương", "Chuyên viên", "NV-TDKT"],
  ["Đặng Quang Vinh", "Lưu trữ viên chính", "NV-LTQG1"],
  ["Bùi Thị Thanh Tâm", "Giảng viên", "NV-DHNV"],
  ["Đỗ Minh Quân", "Nghiên cứu viên", "NV-VKH"],
  ["Hồ Thị Kim Chi", "Chuyên viên chính", "VPCP-TH"],
  ["Ngô Văn Hải", "Phó Trưởng phòng", "VPCP-KSTT"],
  ["Dương Thị Thu Trang", "Biên tập viên", "VPCP-CTT"],
  ["Lương Văn Thành", "Kỹ sư", "KH-UDCN"],
  ["Trịnh Thị Hải Yến", "Thẩm định viên", "KH-SHTT"],
  ["Cao Đức Anh", "Kiểm định viên", "KH-QT1"],
  ["Nguyễn Thị Hồng Nhung", "Tùy viên", "NG-LS"],
  ["Phan Văn Lợi", "Chuyên viên", "NG-PVNG"],
  ["Tô Thị Minh Thư", "Chuyên viên", "HN-PVHCC"],
  ["Lại Văn Cường", "Kiểm tra viên thuế", "HN-THUE"],
  ["Kiều Thị Ngọc Hân", "Điều dưỡng trưởng", "HN-HSCC"],
  ["Mạc Văn Khánh", "Thư ký Tòa án", "HN-TAKV1"],
  ["Chu Thị Thùy Dung", "Công chức Tư pháp – Hộ tịch", "HN-PHK"],
];

/** "Trần Thị Mai Anh" → "anh.ttm@vinhdanh.demo": the usual pattern of agency mailboxes. */
function memberEmail(fullName: string): string {
  const words = toSearchText(fullName).split(" ");
  const given = words.at(-1) ?? "";
  const initials = words
    .slice(0, -1)
    .map((word) => word[0])
    .join("");
  return `${given}.${initials}${DOMAIN}`;
}

const memberSpecs: PersonSpec[] = memberRows.map(([fullName, position, unitCode]) => ({
  email: memberEmail(fullName),
  fullName,
  position,
  role: "STAFF",
  unitCode,
}));

export const personSpecs: readonly PersonSpec[] = [...accountSpecs, ...memberSpecs];

/** The accounts a demo visitor signs in with (members share the staff password but are not listed). */
export const demoAccountList = accountSpecs.map((spec) => ({
  email: spec.email,
  password: PASSWORDS[spec.role],
  role: spec.role,
  description: spec.description ?? "",
}));

/** Seeded users by email, plus who acts as officer where (to sign registrations and nominations). */
export interface PeopleDirectory {
  idOf(email: string): string;
  reviewerIds: string[];
  adminId: string;
  /** The officer account that acts for a unit code, if one is assigned exactly there. */
  officerAt(unitCode: string): string | undefined;
}

/**
 * Creates missing users (hashing each distinct password once, and only if needed) and missing role
 * assignments. Existing users are left untouched so a changed demo password survives a re-run.
 */
export async function seedPeople(
  client: PrismaClient,
  units: UnitDirectory,
): Promise<{ people: PeopleDirectory; createdCount: number }> {
  const emails = personSpecs.map((spec) => spec.email);
  if (new Set(emails).size !== emails.length) throw new Error("Seed person emails must be unique");

  const existing = await client.user.findMany({ where: { email: { in: emails } }, select: { email: true } });
  const existingEmails = new Set(existing.map((row) => row.email));
  const missing = personSpecs.filter((spec) => !existingEmails.has(spec.email));

  const hashes = new Map<Role, string>();
  for (const role of new Set(missing.map((spec) => spec.role))) hashes.set(role, await hashPassword(PASSWORDS[role]));

  const hashFor = (role: Role): string => {
    const found = hashes.get(role);
    if (!found) throw new Error(`No password hash prepared for ${role}`);
    return found;
  };
  const createdUsers = await client.user.createMany({
    data: missing.map((spec) => ({
      email: spec.email,
      fullName: spec.fullName,
      fullNameSearch: toSearchText(spec.fullName),
      position: spec.position,
      locale: "vi",
      passwordHash: hashFor(spec.role),
      // A fixed past instant: demo sessions are not invalidated by re-seeding.
      sessionsValidAfter: new Date("2020-01-01T00:00:00.000Z"),
    })),
    skipDuplicates: true,
  });

  const users = await client.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const idByEmail = new Map(users.map((row) => [row.email, row.id]));
  const idOf = (email: string): string => {
    const id = idByEmail.get(email);
    if (!id) throw new Error(`Seed user ${email} is missing`);
    return id;
  };

  // One role per account keeps the demo legible; any role already admits its holder as a member.
  const assignments = personSpecs.map((spec) => ({
    userId: idOf(spec.email),
    role: spec.role,
    unitId: units.get(spec.unitCode).id,
  }));
  const createdRoles = await client.roleAssignment.createMany({ data: assignments, skipDuplicates: true });

  const officerByUnit = new Map(
    personSpecs.filter((spec) => spec.role === "OFFICER").map((spec) => [spec.unitCode, idOf(spec.email)]),
  );
  const people: PeopleDirectory = {
    idOf,
    reviewerIds: personSpecs.filter((spec) => spec.role === "REVIEWER").map((spec) => idOf(spec.email)),
    adminId: idOf(`admin${DOMAIN}`),
    officerAt: (unitCode) => officerByUnit.get(unitCode),
  };
  return { people, createdCount: createdUsers.count + createdRoles.count };
}
