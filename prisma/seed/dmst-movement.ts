// Movement 2, open: the 2025–2030 cycle on innovation and digital transformation. Nominations are
// open "today" (late November 2026), and its dossiers show every nomination state side by side.
import type { NominationStatus } from "../../lib/generated/prisma/enums";
import { dmstCollectives } from "./dmst-nominees-collective";
import { dmstIndividuals } from "./dmst-nominees-individual";
import type { MovementSpec, NomineeSpec } from "./types";

// Furthest along first: earlier dossiers get earlier timestamps, so the story reads in order.
const STAGE: readonly NominationStatus[] = [
  "HONOURED",
  "APPROVED",
  "REJECTED",
  "SHORTLISTED",
  "NOT_SELECTED",
  "IN_REVIEW",
  "SUBMITTED",
  "RETURNED",
  "WITHDRAWN",
  "DRAFT",
];
const byStage = (a: NomineeSpec, b: NomineeSpec) => STAGE.indexOf(a.status) - STAGE.indexOf(b.status);

export const dmstMovement: MovementSpec = {
  code: "DMST-CDS-2025-2030",
  name: "Đổi mới sáng tạo, chuyển đổi số trong tham mưu và phục vụ",
  nameEn: "Innovation and digital transformation in advice and service",
  slogan: "Đổi mới để phục vụ tốt hơn – Số hóa để minh bạch, hiệu quả",
  sloganEn: "Innovate to serve better – go digital for transparency and efficiency",
  description:
    "Tiếp nối kết quả phong trào “Tham mưu giỏi, phục vụ tốt” giai đoạn 2019–2024, Công đoàn Viên chức Việt Nam phát động phong trào thi đua " +
    "“Đổi mới sáng tạo, chuyển đổi số trong tham mưu và phục vụ” giai đoạn 2025–2030. Phong trào khuyến khích mỗi cán bộ, công chức, viên chức, " +
    "người lao động chủ động ứng dụng công nghệ số, khai thác dữ liệu để nâng cao chất lượng tham mưu; đơn giản hóa, số hóa quy trình để người dân, " +
    "doanh nghiệp được phục vụ nhanh hơn, minh bạch hơn. Các đơn vị đăng ký chỉ tiêu chuyển đổi số gắn với nhiệm vụ chuyên môn; kết quả được đánh giá " +
    "bằng sản phẩm cụ thể, số liệu đo được và mức độ nhân rộng. Đợt xét tôn vinh thứ nhất nhận hồ sơ đến hết ngày 31/12/2026.",
  startsOn: "2025-10-01",
  endsOn: "2030-09-30",
  status: "OPEN",
  visibility: "PUBLIC",
  phases: [
    { kind: "REGISTRATION", startsOn: "2025-10-01", endsOn: "2026-03-31" },
    { kind: "NOMINATION", startsOn: "2026-04-01", endsOn: "2026-12-31" },
    { kind: "REVIEW", startsOn: "2027-01-01", endsOn: "2027-03-31" },
    { kind: "PUBLIC_POSTING", startsOn: "2027-04-01", endsOn: "2027-04-20" },
    { kind: "DECISION", startsOn: "2027-04-21", endsOn: "2027-06-30" },
    { kind: "PUBLICATION", startsOn: "2027-07-01", endsOn: "2030-09-30" },
  ],
  criteria: [
    {
      name: "Ứng dụng công nghệ số và dữ liệu trong tham mưu",
      nameEn: "Use of digital technology and data in advisory work",
      guidance:
        "Mức độ sử dụng dữ liệu, nền tảng số trong nghiên cứu, đề xuất; văn bản tham mưu có căn cứ số liệu, được cấp có thẩm quyền chấp thuận.",
      weight: 25,
      maxScore: 10,
      citesHighlight: true,
      selfAssessment: {
        individual: [
          "Bản thân thường xuyên khai thác dữ liệu từ các hệ thống thông tin của ngành làm căn cứ cho các đề xuất.",
          "Các văn bản tham mưu do tôi chủ trì đều có số liệu cập nhật, được lãnh đạo đánh giá cao về tính kịp thời.",
        ],
        collective: [
          "Tập thể đã chuyển phần lớn công việc tham mưu sang môi trường số, có số liệu làm căn cứ.",
          "Tập thể xây dựng và khai thác hiệu quả cơ sở dữ liệu chuyên ngành phục vụ chỉ đạo, điều hành.",
        ],
      },
    },
    {
      name: "Sáng kiến, giải pháp đổi mới được công nhận và nhân rộng",
      nameEn: "Recognised and replicated innovations",
      guidance:
        "Sáng kiến, giải pháp, phần mềm, quy trình mới được công nhận; phạm vi áp dụng và nhân rộng; hiệu quả đo được về thời gian, chi phí.",
      weight: 25,
      maxScore: 10,
      citesHighlight: true,
      selfAssessment: {
        individual: [
          "Có giải pháp được Hội đồng sáng kiến cơ sở công nhận và áp dụng trong thực tế.",
          "Chủ động đề xuất giải pháp số thay thế cách làm thủ công.",
        ],
        collective: [
          "Tập thể có sáng kiến, giải pháp được công nhận và được các đơn vị khác học tập, áp dụng.",
          "Tập thể chủ động thử nghiệm, hoàn thiện giải pháp số trước khi nhân rộng.",
        ],
      },
    },
    {
      name: "Hiệu quả phục vụ người dân, doanh nghiệp trên môi trường số",
      nameEn: "Effectiveness of online service to citizens and businesses",
      guidance:
        "Tỷ lệ thủ tục, dịch vụ cung cấp trực tuyến toàn trình; thời gian xử lý; mức độ hài lòng của người sử dụng.",
      weight: 20,
      maxScore: 10,
      citesHighlight: true,
      selfAssessment: {
        individual: [
          "Kết quả phục vụ được đo bằng số liệu trên hệ thống; không có phản ánh về chất lượng phục vụ.",
          "Người dân, doanh nghiệp đánh giá hài lòng với các dịch vụ do bản thân trực tiếp hỗ trợ.",
        ],
        collective: [
          "Tỷ lệ hồ sơ trực tuyến và mức độ hài lòng của người sử dụng tăng qua từng quý.",
          "Tập thể công khai thời gian xử lý trên cổng thông tin và thực hiện đúng cam kết.",
        ],
      },
    },
    {
      name: "Năng lực số và chia sẻ tri thức",
      nameEn: "Digital skills and knowledge sharing",
      guidance:
        "Tự học, bồi dưỡng kỹ năng số; hướng dẫn, hỗ trợ đồng nghiệp; chia sẻ tài liệu, kinh nghiệm trong và ngoài đơn vị.",
      weight: 15,
      maxScore: 10,
      citesHighlight: false,
      selfAssessment: {
        individual: [
          "Hoàn thành các khóa bồi dưỡng kỹ năng số; thường xuyên hướng dẫn đồng nghiệp sử dụng phần mềm, nền tảng mới.",
          "Chia sẻ tài liệu hướng dẫn, video thao tác trên nhóm làm việc chung của đơn vị.",
        ],
        collective: [
          "100% thành viên hoàn thành bồi dưỡng kỹ năng số cơ bản; tập thể tổ chức sinh hoạt chuyên đề chia sẻ kinh nghiệm định kỳ.",
          "Tập thể xây dựng kho tài liệu hướng dẫn dùng chung, hỗ trợ các đơn vị bạn.",
        ],
      },
    },
    {
      name: "Kỷ luật công vụ và an toàn thông tin",
      nameEn: "Discipline and information security",
      guidance:
        "Chấp hành kỷ luật, kỷ cương; tuân thủ quy định bảo vệ dữ liệu cá nhân, an toàn thông tin mạng; không để xảy ra sự cố, lộ lọt thông tin.",
      weight: 15,
      maxScore: 10,
      citesHighlight: false,
      selfAssessment: {
        individual: [
          "Chấp hành nghiêm kỷ luật, kỷ cương hành chính; tuân thủ quy định về bảo vệ dữ liệu cá nhân, không để xảy ra sự cố an toàn thông tin.",
          "Không vi phạm đạo đức công vụ, không bị kỷ luật; sử dụng tài khoản, chữ ký số đúng quy định.",
        ],
        collective: [
          "Tập thể không có cá nhân vi phạm kỷ luật; không để xảy ra sự cố mất an toàn thông tin.",
          "Tập thể ban hành và thực hiện nghiêm quy chế bảo đảm an toàn thông tin, bảo vệ dữ liệu cá nhân.",
        ],
      },
    },
  ],
  titles: [
    {
      key: "dtst",
      name: "Điển hình tiên tiến đổi mới sáng tạo",
      nameEn: "Exemplary innovator",
      eligibility: "INDIVIDUAL",
      quotaTotal: 100,
      quotaPerUnit: 3,
      // Like "Chiến sĩ thi đua cơ sở": at most 15% of the unit's staff, among those already "Lao động tiên tiến".
      quotaPerUnitPercent: 15,
      approvalThresholdPercent: 90,
      requiredPriorTitle: "Lao động tiên tiến",
      minServiceMonths: 10,
      maxAbsenceDays: 40,
      excludesDisciplined: true,
    },
    {
      key: "ttcds",
      name: "Tập thể tiêu biểu chuyển đổi số",
      nameEn: "Outstanding collective in digital transformation",
      eligibility: "COLLECTIVE",
      quotaTotal: 30,
      quotaPerUnit: 1,
      approvalThresholdPercent: 50,
      // Practice for these forms: more than half of the council's members.
      thresholdStrict: true,
      excludesDisciplined: true,
    },
    {
      key: "bangkhen",
      name: "Bằng khen của Ban Chấp hành Công đoàn Viên chức Việt Nam",
      nameEn: "Certificate of merit of the Executive Committee",
      eligibility: "BOTH",
      quotaTotal: 200,
      quotaPerUnit: 6,
      approvalThresholdPercent: 50,
      // Practice for these forms: more than half of the council's members.
      thresholdStrict: true,
      // Union practice: under 10 months of work, 40 or more days absent or a disciplinary measure rule a person out.
      minServiceMonths: 10,
      maxAbsenceDays: 40,
      excludesDisciplined: true,
    },
  ],
  registration: {
    window: ["2025-10-15", "2026-03-25"],
    dueOn: "2030-06-30",
    skippedUnitCodes: ["NG-LT", "KH-TDC", "TP-KDS", "NV-LTQG1", "HN-HSCC", "VPCP-TH"],
    pledges: [
      (agency) =>
        `${agency} đăng ký thi đua “Đổi mới sáng tạo, chuyển đổi số”, phấn đấu xử lý toàn bộ hồ sơ công việc trên môi trường điện tử và có ít nhất một sáng kiến số mỗi năm.`,
      (agency) =>
        `Công đoàn ${agency} cam kết cùng chuyên môn đẩy mạnh chuyển đổi số, bồi dưỡng kỹ năng số cho đoàn viên và bảo đảm an toàn thông tin.`,
      (agency) =>
        `Tập thể ${agency} đăng ký lấy người dân, doanh nghiệp làm trung tâm, cung cấp dịch vụ trực tuyến toàn trình và công khai thời gian xử lý.`,
    ],
    targets: [
      {
        description: "Tỷ lệ hồ sơ công việc xử lý trên môi trường điện tử",
        measureUnit: "%",
        range: [90, 100],
        cap: 100,
      },
      {
        description: "Số thủ tục cung cấp dịch vụ công trực tuyến toàn trình",
        measureUnit: "thủ tục",
        range: [5, 40],
        kinds: ["agency", "service"],
      },
      { description: "Số sáng kiến chuyển đổi số được công nhận", measureUnit: "sáng kiến", range: [2, 10] },
      { description: "Tỷ lệ đoàn viên hoàn thành bồi dưỡng kỹ năng số", measureUnit: "%", range: [80, 100], cap: 100 },
      {
        description: "Số học phần giảng dạy kết hợp trực tuyến",
        measureUnit: "học phần",
        range: [10, 60],
        kinds: ["school"],
      },
      {
        description: "Tỷ lệ người bệnh đặt lịch khám trực tuyến",
        measureUnit: "%",
        range: [20, 50],
        cap: 100,
        kinds: ["hospital"],
      },
      {
        description: "Số bộ dữ liệu chuyên ngành được chuẩn hóa, chia sẻ",
        measureUnit: "bộ dữ liệu",
        range: [2, 12],
        kinds: ["sector", "agency", "service"],
      },
    ],
  },
  timeline: { submitted: ["2026-06-15", "2026-11-20"], reviewed: ["2026-08-01", "2026-11-20"], votedOn: "2026-10-22" },
  // The first-round outstanding cases were commended ahead of the cycle (khen thưởng đột xuất).
  decision: {
    number: "198/QĐ-CĐVC",
    issuedOn: "2026-10-28",
    signerName: "Đỗ Quang Huy",
    issuingAuthority: "Ban Thường vụ Công đoàn Viên chức Việt Nam",
    publishedAt: "2026-11-02",
  },
  // Through levels: the ministry and city unions consider what their grassroots unions send and
  // forward within what the national union allotted them (decision 0012).
  route: {
    levels: [
      { unitCode: "CDBTP", council: { totalMembers: 11, present: 9 } },
      { unitCode: "CDBNV", council: { totalMembers: 9, present: 8 } },
      { unitCode: "CDVPCP", council: { totalMembers: 9, present: 7 } },
      { unitCode: "CDBKHCN", council: { totalMembers: 9, present: 9 } },
      { unitCode: "CDBNG", council: { totalMembers: 7, present: 6 } },
      // The city union closes its own round earlier, to hold its council meeting before the holidays.
      { unitCode: "CDVCHN", council: { totalMembers: 13, present: 11 }, forwardBy: "2026-12-18" },
    ],
    leadWorkingDays: 5,
    allotments: [
      ...["CDBNV", "CDVPCP", "CDBKHCN"].flatMap((unitCode) => [
        { unitCode, title: "dtst", quota: 3 },
        { unitCode, title: "ttcds", quota: 1 },
        { unitCode, title: "bangkhen", quota: 3 },
      ]),
      // No collective allotment for the foreign ministry's union: unlimited, within the movement's quotas.
      { unitCode: "CDBNG", title: "dtst", quota: 3 },
      { unitCode: "CDBNG", title: "bangkhen", quota: 3 },
      { unitCode: "CDBTP", title: "dtst", quota: 3 },
      { unitCode: "CDBTP", title: "ttcds", quota: 2 },
      { unitCode: "CDBTP", title: "bangkhen", quota: 5 },
      { unitCode: "CDVCHN", title: "dtst", quota: 3 },
      { unitCode: "CDVCHN", title: "ttcds", quota: 4 },
      { unitCode: "CDVCHN", title: "bangkhen", quota: 3 },
      // Sub-allotments of the two levels to their grassroots unions that nominate themselves.
      { unitCode: "TP-HV", title: "dtst", quota: 2 },
      { unitCode: "TP-HV", title: "bangkhen", quota: 2 },
      { unitCode: "HN-PVHCC", title: "dtst", quota: 2 },
      { unitCode: "HN-PVHCC", title: "ttcds", quota: 1 },
      { unitCode: "HN-PVHCC", title: "bangkhen", quota: 1 },
    ],
  },
  nominees: [...dmstIndividuals, ...dmstCollectives].sort(byStage),
};
