// The words of the national dataset: Vietnamese names, agencies, positions and the texts of
// dossiers, reviews and pledges. Each list is picked from by row number (sql.ts pick).

/** Name parts; every combination is a distinct name, so a unit's staff never share one (people.ts). */
export const families = [
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
  "Đinh",
  "Trịnh",
  "Mai",
  "Tạ",
];
export const femaleMiddles = ["Thị", "Thị Thu", "Thị Ngọc", "Thị Minh", "Ngọc", "Thu", "Kim"];
export const maleMiddles = ["Văn", "Hữu", "Đức", "Minh", "Quốc", "Xuân", "Công"];
export const givens = [
  "An",
  "Anh",
  "Bình",
  "Chi",
  "Cường",
  "Dũng",
  "Duyên",
  "Giang",
  "Hà",
  "Hải",
  "Hạnh",
  "Hằng",
  "Hiếu",
  "Hoa",
  "Hùng",
  "Hương",
  "Huyền",
  "Khánh",
  "Lan",
  "Linh",
  "Long",
  "Mai",
  "Nam",
  "Nga",
  "Ngân",
  "Nhung",
  "Phong",
  "Phúc",
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
  "Việt",
  "Yến",
];

/** Level-1 unions: ministries and central agencies, then provinces and cities (after the 2025 merger). */
export const ministries = [
  "Bộ Tư pháp",
  "Bộ Nội vụ",
  "Bộ Tài chính",
  "Bộ Y tế",
  "Bộ Giáo dục và Đào tạo",
  "Bộ Khoa học và Công nghệ",
  "Bộ Ngoại giao",
  "Bộ Xây dựng",
  "Bộ Công Thương",
  "Bộ Nông nghiệp và Môi trường",
  "Bộ Văn hóa, Thể thao và Du lịch",
  "Bộ Dân tộc và Tôn giáo",
  "Văn phòng Chính phủ",
  "Thanh tra Chính phủ",
  "Ngân hàng Nhà nước Việt Nam",
  "Kiểm toán nhà nước",
  "Tòa án nhân dân tối cao",
  "Viện kiểm sát nhân dân tối cao",
  "Văn phòng Quốc hội",
  "Đài Tiếng nói Việt Nam",
];
export const provinces = [
  "thành phố Hà Nội",
  "thành phố Hồ Chí Minh",
  "thành phố Hải Phòng",
  "thành phố Đà Nẵng",
  "thành phố Huế",
  "thành phố Cần Thơ",
  "tỉnh Quảng Ninh",
  "tỉnh Nghệ An",
  "tỉnh Thanh Hóa",
  "tỉnh Đắk Lắk",
  "tỉnh Lâm Đồng",
  "tỉnh Khánh Hòa",
  "tỉnh Gia Lai",
  "tỉnh An Giang",
  "tỉnh Đồng Nai",
  "tỉnh Bắc Ninh",
  "tỉnh Thái Nguyên",
  "tỉnh Lào Cai",
  "tỉnh Sơn La",
  "tỉnh Cà Mau",
];
/** The two large cities, whose unions are several times the size of the others. */
export const largeProvinces = new Set(["thành phố Hà Nội", "thành phố Hồ Chí Minh"]);

/** Level-2 unions: a ministry's departments, a province's departments. */
export const ministryDepartments = [
  "Văn phòng",
  "Cục Công nghệ thông tin",
  "Cục Kế hoạch – Tài chính",
  "Thanh tra",
  "Cục Tổ chức cán bộ",
  "Học viện",
  "Viện Chiến lược và Chính sách",
  "Báo và Tạp chí",
];
export const provinceDepartments = [
  "Sở Tư pháp",
  "Sở Nội vụ",
  "Sở Tài chính",
  "Sở Y tế",
  "Sở Giáo dục và Đào tạo",
  "Sở Xây dựng",
  "Văn phòng Ủy ban nhân dân",
  "Trung tâm Phục vụ hành chính công",
];

/** Grassroots unions below a level-2 one: "{k}" becomes a number so names stay distinct. */
export function grassrootsName(department: string, k: number): string {
  if (department === "Sở Y tế") return k % 3 === 0 ? `Trung tâm Y tế khu vực ${k}` : `Bệnh viện Đa khoa khu vực ${k}`;
  if (department === "Sở Giáo dục và Đào tạo")
    return k % 4 === 0 ? `Trường Trung học cơ sở số ${k}` : `Trường Trung học phổ thông số ${k}`;
  const offices = [
    "Phòng Hành chính – Tổng hợp",
    "Trung tâm Công nghệ thông tin",
    "Chi cục số {k}",
    "Phòng Kế hoạch – Tài chính",
    "Trung tâm Dịch vụ công",
    "Ban Quản lý dự án",
    "Trung tâm Lưu trữ",
    "Phòng Thanh tra",
    "Trung tâm Đào tạo, bồi dưỡng",
    "Bộ phận Một cửa số {k}",
    "Trung tâm Trợ giúp pháp lý",
    "Phòng Pháp chế",
  ];
  return offices[(k - 1) % offices.length]!.replace("{k}", String(k));
}

export const staffPositions = [
  "Chuyên viên",
  "Chuyên viên",
  "Chuyên viên chính",
  "Phó Trưởng phòng",
  "Trưởng phòng",
  "Kế toán viên",
  "Văn thư",
  "Thanh tra viên",
  "Bác sĩ",
  "Giáo viên",
  "Điều dưỡng",
  "Kỹ sư",
];
export const collectiveNames = [
  "Phòng Hành chính – Tổng hợp",
  "Phòng Kế hoạch – Tài chính",
  "Bộ phận Một cửa",
  "Tổ Công nghệ thông tin",
  "Phòng Tổ chức cán bộ",
  "Tổ Văn thư – Lưu trữ",
  "Phòng Nghiệp vụ 1",
  "Phòng Nghiệp vụ 2",
  "Tổ Công đoàn khối Văn phòng",
  "Phòng Pháp chế – Thanh tra",
  "Tổ Tiếp công dân",
  "Nhóm Chuyển đổi số",
];
export const reviewerPositions = [
  "Phó Chủ tịch Công đoàn Viên chức Việt Nam",
  "Trưởng ban Chính sách – Pháp luật",
  "Phó Trưởng ban Tổ chức",
  "Ủy viên Ban Chấp hành",
  "Chánh Văn phòng",
  "Chuyên gia thi đua – khen thưởng",
];

export const citations = [
  "Có nhiều sáng kiến cải cách thủ tục hành chính, rút ngắn thời gian giải quyết hồ sơ cho người dân.",
  "Tham mưu kịp thời, chính xác; hoàn thành xuất sắc nhiệm vụ được giao trong nhiều năm liền.",
  "Tận tụy phục vụ nhân dân, được người dân và doanh nghiệp đánh giá cao về thái độ phục vụ.",
  "Đi đầu trong chuyển đổi số, xây dựng cơ sở dữ liệu dùng chung của ngành.",
  "Gương mẫu, đoàn kết, giúp đỡ đồng nghiệp; tích cực tham gia hoạt động công đoàn và từ thiện.",
  "Chủ trì xây dựng quy trình điện tử liên thông, giảm một nửa thời gian xử lý hồ sơ.",
  "Hướng dẫn tận tình, giải quyết dứt điểm nhiều vụ việc tồn đọng, không để phát sinh khiếu nại.",
  "Xây dựng mô hình “Công sở không giấy tờ”, được nhân rộng trong toàn ngành.",
  "Nhiều năm liền hoàn thành xuất sắc nhiệm vụ, là chỗ dựa tin cậy của đoàn viên.",
  "Chăm lo đời sống đoàn viên, vận động hàng trăm triệu đồng hỗ trợ người lao động khó khăn.",
];

const openings = [
  "Trong giai đoạn thi đua, đồng chí luôn chủ động, sáng tạo, hoàn thành xuất sắc nhiệm vụ được giao.",
  "Với tinh thần trách nhiệm cao, tập thể và cá nhân được đề nghị đã đạt nhiều kết quả nổi bật.",
  "Là cán bộ nhiều năm gắn bó với đơn vị, đồng chí luôn gương mẫu và tận tụy với công việc.",
  "Bám sát nhiệm vụ chính trị của cơ quan, đơn vị đã triển khai phong trào bằng những việc làm cụ thể.",
];
const highlights = [
  "Chủ trì tham mưu <strong>12 văn bản</strong> quan trọng, bảo đảm đúng tiến độ và chất lượng.",
  "Có <strong>2 sáng kiến</strong> được Hội đồng sáng kiến cấp Bộ công nhận và áp dụng rộng rãi.",
  "Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt <strong>99,6%</strong>, không có phản ánh của người dân.",
  "Xây dựng phần mềm quản lý văn bản nội bộ, tiết kiệm hàng nghìn trang giấy mỗi năm.",
  "Hướng dẫn, kèm cặp 5 đồng nghiệp trẻ hoàn thành tốt nhiệm vụ.",
  "Tích cực tham gia phong trào thiện nguyện, ủng hộ đồng bào vùng bão lũ.",
  "Rà soát, đề xuất đơn giản hóa <strong>18 thủ tục hành chính</strong>.",
  "Được người dân, doanh nghiệp gửi thư khen về tinh thần, thái độ phục vụ.",
];
const closings = [
  "Đồng chí là tấm gương sáng về tinh thần “tham mưu giỏi, phục vụ tốt” để đồng nghiệp học tập.",
  "Thành tích trên đã được đơn vị ghi nhận, biểu dương và đề nghị cấp trên khen thưởng.",
  "Mô hình, cách làm hay đã được nhân rộng trong và ngoài đơn vị.",
];

/** Achievement summaries (the editor's sanitized HTML subset), as many variants as asked. */
export function summaries(count: number): string[] {
  return Array.from({ length: count }, (_, k) => {
    const items = [
      highlights[k % highlights.length]!,
      highlights[(k * 3 + 1) % highlights.length]!,
      highlights[(k * 5 + 2) % highlights.length]!,
    ];
    const distinct = [...new Set(items)];
    return `<p>${openings[k % openings.length]}</p><ul>${distinct.map((item) => `<li>${item}</li>`).join("")}</ul><p>${closings[k % closings.length]}</p>`;
  });
}

/** Generic evidence sentences appended to a criterion's self-assessment. */
export const evidenceSentences = [
  "Kết quả được thủ trưởng đơn vị xác nhận, có số liệu kèm theo.",
  "Các minh chứng gồm báo cáo tổng kết, quyết định công nhận và ý kiến của đơn vị phối hợp.",
  "Kết quả đánh giá, xếp loại hằng năm đều ở mức hoàn thành xuất sắc nhiệm vụ.",
  "Số liệu được tổng hợp từ hệ thống quản lý văn bản và phần mềm một cửa điện tử.",
];

export const reviewComments = [
  "Hồ sơ đầy đủ, thành tích tiêu biểu, đề nghị xem xét.",
  "Thành tích rõ ràng, có minh chứng cụ thể.",
  "Cần bổ sung số liệu về hiệu quả của sáng kiến.",
  "Điển hình có sức lan tỏa trong đơn vị.",
  null,
  null,
];

export const returnComments = [
  "Đề nghị bổ sung minh chứng về sáng kiến đã được công nhận.",
  "Bản tự đánh giá tiêu chí 2 chưa có số liệu cụ thể, đề nghị hoàn thiện.",
  "Đề nghị bổ sung xác nhận của thủ trưởng đơn vị.",
];

/** Pledges of a registering unit; `agency` is the unit's name without "Công đoàn". */
export const pledges: ((agency: string) => string)[] = [
  (agency) =>
    `${agency} cam kết hoàn thành xuất sắc nhiệm vụ chính trị, 100% đoàn viên đăng ký và thực hiện phong trào.`,
  (agency) =>
    `${agency} đăng ký thi đua xây dựng cơ quan văn minh, hiện đại, phục vụ người dân và doanh nghiệp ngày càng tốt hơn.`,
  (agency) =>
    `Tập thể ${agency} quyết tâm thực hiện thắng lợi các mục tiêu, chỉ tiêu đã đăng ký, phát hiện và nhân rộng điển hình tiên tiến.`,
];

export interface TargetText {
  description: string;
  measureUnit: string;
  low: number;
  high: number;
  /** A percentage cannot be exceeded. */
  cap?: number;
}
export const targets: TargetText[] = [
  { description: "Tỷ lệ nhiệm vụ hoàn thành đúng hạn", measureUnit: "%", low: 95, high: 99, cap: 100 },
  { description: "Số sáng kiến, giải pháp cải tiến được công nhận", measureUnit: "sáng kiến", low: 2, high: 12 },
  { description: "Số thủ tục hành chính được rà soát, đơn giản hóa", measureUnit: "thủ tục", low: 5, high: 30 },
  { description: "Tỷ lệ hồ sơ giải quyết đúng và trước hạn", measureUnit: "%", low: 95, high: 99, cap: 100 },
  { description: "Số mô hình được giới thiệu trên truyền thông nội bộ", measureUnit: "mô hình", low: 2, high: 8 },
  { description: "Tỷ lệ đoàn viên tham gia học tập kỹ năng số", measureUnit: "%", low: 80, high: 98, cap: 100 },
];
export const resultNotes = {
  met: ["Hoàn thành vượt chỉ tiêu.", "Đạt chỉ tiêu đề ra.", "Vượt chỉ tiêu, được biểu dương."],
  short: ["Chưa đạt do thay đổi nhân sự giữa kỳ.", "Chưa đạt, chuyển tiếp sang năm sau."],
};
