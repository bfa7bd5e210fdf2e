// Movement 1, finished: "Tham mưu giỏi, phục vụ tốt" 2019–2024, the national movement whose
// honorees were celebrated in September 2024. It shows a complete lifecycle, down to published profiles.
import type { MovementSpec } from "./types";
import { tmgAdvisors } from "./tmg-nominees-advice";
import { tmgCollectives } from "./tmg-nominees-collective";
import { tmgServiceStaff } from "./tmg-nominees-service";

export const tmgMovement: MovementSpec = {
  code: "TMG-PVT-2019-2024",
  name: "Tham mưu giỏi, phục vụ tốt",
  nameEn: "Good advice, good service",
  slogan: "Tham mưu đúng, trúng, kịp thời – Phục vụ tận tụy, hiệu quả, hài lòng",
  sloganEn: "Sound, timely advice – dedicated, effective service that satisfies",
  description:
    "Phong trào thi đua “Tham mưu giỏi, phục vụ tốt” được Ban Chấp hành Công đoàn Viên chức Việt Nam phát động năm 2019 trong toàn hệ thống, " +
    "nhằm xây dựng đội ngũ cán bộ, công chức, viên chức, người lao động vừa có năng lực tham mưu đúng, trúng, kịp thời, sáng tạo, " +
    "vừa có tinh thần phục vụ tận tụy, hiệu quả, lấy sự hài lòng của người dân và doanh nghiệp làm thước đo. Phong trào gắn với nhiệm vụ chính trị " +
    "của từng cơ quan, đơn vị: mỗi công đoàn cơ sở đăng ký mục tiêu, chỉ tiêu cụ thể và được đánh giá bằng kết quả thực chất, chống bệnh hình thức. " +
    "Sau 5 năm triển khai, hàng nghìn mô hình, cách làm hay đã được phát hiện, bồi dưỡng và nhân rộng; các cá nhân, tập thể tiêu biểu nhất " +
    "được biểu dương tại Hội nghị toàn quốc tháng 9 năm 2024.",
  startsOn: "2019-05-01",
  endsOn: "2024-09-30",
  status: "PUBLISHED",
  visibility: "PUBLIC",
  // Back to back, so every day of the movement belongs to exactly one phase.
  phases: [
    { kind: "REGISTRATION", startsOn: "2019-05-01", endsOn: "2019-06-30" },
    { kind: "NOMINATION", startsOn: "2019-07-01", endsOn: "2024-05-31" },
    { kind: "REVIEW", startsOn: "2024-06-01", endsOn: "2024-07-15" },
    { kind: "PUBLIC_POSTING", startsOn: "2024-07-16", endsOn: "2024-08-05" },
    { kind: "DECISION", startsOn: "2024-08-06", endsOn: "2024-09-10" },
    { kind: "PUBLICATION", startsOn: "2024-09-11", endsOn: "2024-09-30" },
  ],
  criteria: [
    {
      name: "Chất lượng và tính kịp thời của công tác tham mưu",
      nameEn: "Quality and timeliness of advice",
      guidance:
        "Đánh giá mức độ đúng, trúng, kịp thời của văn bản, đề xuất tham mưu; tỷ lệ nhiệm vụ hoàn thành đúng hạn, có chất lượng; " +
        "số đề xuất được cấp có thẩm quyền chấp thuận, ban hành.",
      weight: 30,
      maxScore: 10,
      citesHighlight: true,
      selfAssessment: {
        individual: [
          "Bản thân luôn hoàn thành nhiệm vụ tham mưu đúng tiến độ, bảo đảm chất lượng; các đề xuất được lãnh đạo đánh giá cao.",
          "Trong giai đoạn 2019–2024, tôi chủ động nghiên cứu, đề xuất nhiều nội dung thuộc lĩnh vực được giao, không có nhiệm vụ nào chậm hạn.",
        ],
        collective: [
          "Tập thể hoàn thành 100% nhiệm vụ được giao, nhiều nhiệm vụ hoàn thành trước hạn với chất lượng cao.",
          "Các đề xuất của tập thể bám sát nhiệm vụ chính trị của cơ quan và được cấp có thẩm quyền chấp thuận.",
        ],
      },
    },
    {
      name: "Hiệu quả phục vụ và sự hài lòng của người dân, doanh nghiệp",
      nameEn: "Effectiveness of service and satisfaction of citizens and businesses",
      guidance:
        "Căn cứ kết quả giải quyết công việc, thủ tục đúng hạn; chỉ số hài lòng, phản ánh, kiến nghị của người dân, doanh nghiệp " +
        "và ý kiến của các đơn vị phối hợp.",
      weight: 25,
      maxScore: 10,
      citesHighlight: true,
      selfAssessment: {
        individual: [
          "Luôn lấy sự hài lòng của người dân, doanh nghiệp làm thước đo; không có phản ánh, kiến nghị về thái độ phục vụ.",
          "Phối hợp tốt với đồng nghiệp và các đơn vị liên quan, giải quyết công việc đúng hạn, tận tình.",
        ],
        collective: [
          "Tập thể duy trì tỷ lệ giải quyết công việc đúng hạn cao, chỉ số hài lòng của người dân, doanh nghiệp liên tục được cải thiện.",
          "Tập thể thực hiện nghiêm quy tắc ứng xử, công khai, minh bạch quy trình phục vụ.",
        ],
      },
    },
    {
      name: "Đổi mới, sáng kiến và cải tiến cách làm",
      nameEn: "Innovation and initiatives",
      guidance:
        "Sáng kiến, giải pháp, đề tài được công nhận; cải tiến quy trình, ứng dụng công nghệ thông tin mang lại hiệu quả đo được.",
      weight: 20,
      maxScore: 10,
      citesHighlight: true,
      selfAssessment: {
        individual: [
          "Có sáng kiến, giải pháp cải tiến được áp dụng thực tế và mang lại hiệu quả rõ rệt.",
          "Chủ động ứng dụng công nghệ thông tin để đổi mới cách làm.",
        ],
        collective: [
          "Tập thể có nhiều sáng kiến, cải tiến quy trình được cấp có thẩm quyền công nhận và nhân rộng.",
          "Tập thể chủ động ứng dụng công nghệ thông tin, thay đổi cách làm truyền thống.",
        ],
      },
    },
    {
      name: "Liêm chính, kỷ luật, kỷ cương và đạo đức công vụ",
      nameEn: "Integrity, discipline and public ethics",
      guidance:
        "Chấp hành nghiêm chủ trương, pháp luật, nội quy; không vi phạm đạo đức công vụ, không bị xử lý kỷ luật; " +
        "gương mẫu, liêm chính, không gây phiền hà, sách nhiễu.",
      weight: 15,
      maxScore: 10,
      citesHighlight: false,
      selfAssessment: {
        individual: [
          "Chấp hành nghiêm chủ trương của Đảng, chính sách, pháp luật của Nhà nước và nội quy cơ quan; không vi phạm đạo đức công vụ, không bị xử lý kỷ luật.",
          "Luôn giữ gìn phẩm chất đạo đức, lối sống giản dị, liêm chính; không để xảy ra phiền hà, sách nhiễu trong thực thi công vụ.",
        ],
        collective: [
          "Tập thể đoàn kết, chấp hành nghiêm kỷ luật, kỷ cương hành chính; không có cá nhân vi phạm pháp luật hay bị xử lý kỷ luật.",
          "Tập thể thực hiện tốt quy chế dân chủ ở cơ sở, công khai, minh bạch trong hoạt động; không có đơn thư khiếu nại, tố cáo.",
        ],
      },
    },
    {
      name: "Sức ảnh hưởng và lan tỏa của điển hình",
      nameEn: "Influence and spreading of the example",
      guidance:
        "Mức độ được biết đến, học tập và nhân rộng trong và ngoài đơn vị; được báo chí, truyền thông nội bộ giới thiệu; hỗ trợ, hướng dẫn đồng nghiệp.",
      weight: 10,
      maxScore: 10,
      citesHighlight: false,
      selfAssessment: {
        individual: [
          "Cách làm của bản thân được đồng nghiệp học tập, được giới thiệu trên bản tin nội bộ và trang thông tin điện tử của đơn vị.",
          "Tích cực chia sẻ kinh nghiệm, hướng dẫn đồng nghiệp trẻ; mô hình được nhân rộng trong và ngoài đơn vị.",
        ],
        collective: [
          "Mô hình của tập thể được nhiều đơn vị đến tham quan, học tập và được báo chí giới thiệu.",
          "Kinh nghiệm của tập thể được chia sẻ tại các hội nghị sơ kết, tổng kết phong trào và nhân rộng trong khối.",
        ],
      },
    },
  ],
  titles: [
    {
      key: "dttt",
      name: "Điển hình tiên tiến phong trào “Tham mưu giỏi, phục vụ tốt”",
      nameEn: "Exemplary model of the “Good advice, good service” movement",
      eligibility: "INDIVIDUAL",
      quotaTotal: 150,
      quotaPerUnit: 5,
      approvalThresholdPercent: 90,
    },
    {
      key: "tapthe",
      name: "Tập thể điển hình tiên tiến",
      nameEn: "Exemplary collective",
      eligibility: "COLLECTIVE",
      quotaTotal: 30,
      quotaPerUnit: 2,
      approvalThresholdPercent: 50,
      // Practice for these forms: more than half of the council's members.
      thresholdStrict: true,
    },
  ],
  registration: {
    window: ["2019-05-06", "2019-06-28"],
    dueOn: "2024-06-30",
    skippedUnitCodes: ["TP-VP", "NG-PVNG", "KH-QT1", "NV-VKH"],
    pledges: [
      (agency) =>
        `Công đoàn ${agency} đăng ký thi đua “Tham mưu giỏi, phục vụ tốt”, phấn đấu 100% đoàn viên hoàn thành tốt nhiệm vụ, không có đoàn viên vi phạm kỷ luật.`,
      (agency) =>
        `Tập thể ${agency} cam kết đổi mới lề lối làm việc, nâng cao chất lượng tham mưu và lấy sự hài lòng của người dân, doanh nghiệp làm thước đo.`,
      (agency) =>
        `${agency} đăng ký xây dựng ít nhất một mô hình “Tham mưu giỏi, phục vụ tốt” mỗi năm và nhân rộng các cách làm hay trong đơn vị.`,
    ],
    targets: [
      { description: "Tỷ lệ nhiệm vụ tham mưu hoàn thành đúng hạn", measureUnit: "%", range: [95, 99], cap: 100 },
      { description: "Số sáng kiến, giải pháp cải tiến được công nhận", measureUnit: "sáng kiến", range: [3, 12] },
      {
        description: "Số thủ tục hành chính được rà soát, đơn giản hóa",
        measureUnit: "thủ tục",
        range: [5, 30],
        kinds: ["sector", "agency", "service"],
      },
      {
        description: "Tỷ lệ hồ sơ giải quyết đúng và trước hạn",
        measureUnit: "%",
        range: [95, 99],
        cap: 100,
        kinds: ["agency", "service"],
      },
      {
        description: "Chỉ số hài lòng của người bệnh",
        measureUnit: "%",
        range: [90, 95],
        cap: 100,
        kinds: ["hospital"],
      },
      { description: "Số học phần có bài giảng điện tử", measureUnit: "học phần", range: [10, 40], kinds: ["school"] },
      { description: "Số mô hình được giới thiệu trên truyền thông nội bộ", measureUnit: "mô hình", range: [2, 8] },
    ],
    results: {
      metNotes: [
        "Hoàn thành vượt chỉ tiêu; số liệu đã được thủ trưởng đơn vị xác nhận.",
        "Đạt chỉ tiêu đăng ký, có báo cáo tổng kết kèm minh chứng.",
        "Vượt chỉ tiêu nhờ triển khai phần mềm quản lý công việc từ năm 2021.",
      ],
      shortNotes: [
        "Chưa đạt do ảnh hưởng của dịch COVID-19 năm 2020–2021; đã có kế hoạch khắc phục.",
        "Chưa đạt do thay đổi chức năng, nhiệm vụ của đơn vị giữa kỳ.",
      ],
      summary: (agency) =>
        `${agency} đã hoàn thành các chỉ tiêu đăng ký thi đua giai đoạn 2019–2024; phong trào được triển khai thực chất, gắn với nhiệm vụ chuyên môn của đơn vị.`,
    },
  },
  timeline: { submitted: ["2024-04-01", "2024-05-31"], reviewed: ["2024-06-05", "2024-07-12"], votedOn: "2024-08-20" },
  posting: { audience: "PUBLIC" },
  decision: {
    number: "125/QĐ-CĐVC",
    issuedOn: "2024-09-10",
    signerName: "Đỗ Quang Huy",
    issuingAuthority: "Ban Thường vụ Công đoàn Viên chức Việt Nam",
    publishedAt: "2024-09-20",
  },
  nominees: [...tmgServiceStaff, ...tmgAdvisors, ...tmgCollectives],
};
