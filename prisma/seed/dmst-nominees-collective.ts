// "Đổi mới sáng tạo, chuyển đổi số": collective dossiers, one or more in each nomination state.
import type { NomineeSpec } from "./types";

export const dmstCollectives: readonly NomineeSpec[] = [
  {
    kind: "COLLECTIVE", title: "ttcds", status: "HONOURED", unitCode: "HN-PHK", collectiveSize: 11,
    name: "Tổ công tác Đề án 06, Ủy ban nhân dân phường Hoàn Kiếm",
    intro: "Tổ công tác triển khai các nhiệm vụ ứng dụng dữ liệu dân cư, định danh và xác thực điện tử trên địa bàn phường.",
    highlights: [
      "Hỗ trợ **hơn 95% người dân** đủ điều kiện kích hoạt tài khoản định danh điện tử",
      "**100% hồ sơ** liên thông khai sinh – thường trú – bảo hiểm y tế được giải quyết trực tuyến",
      "Làm sạch **hơn 12.000 dữ liệu** hộ tịch, cư trú",
    ],
    citation: "Tập thể xung kích đưa dữ liệu dân cư vào phục vụ người dân: hỗ trợ hầu hết người dân kích hoạt định danh điện tử, giải quyết trực tuyến toàn bộ hồ sơ liên thông, làm sạch hàng chục nghìn dữ liệu.",
    story: [
      "Tổ công tác Đề án 06 của phường Hoàn Kiếm chỉ có mười một thành viên, phần lớn là công chức trẻ và đoàn viên thanh niên. Mỗi tối, họ chia nhau đến từng tổ dân phố, mang theo điện thoại và máy đọc thẻ căn cước để hướng dẫn người dân kích hoạt tài khoản định danh điện tử.",
      "Song song, tổ rà soát, làm sạch hơn mười hai nghìn dữ liệu hộ tịch, cư trú, để thủ tục liên thông khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế được giải quyết hoàn toàn trực tuyến. Người dân không còn phải mang nhiều bản sao giấy tờ đến phường.",
      "Cách làm của tổ được Ban Thường vụ Công đoàn Viên chức Việt Nam khen thưởng đột xuất trong đợt xét đầu tiên của phong trào và đang được nhiều phường trong thành phố học tập.",
    ],
  },
  {
    kind: "COLLECTIVE", title: "bangkhen", status: "APPROVED", unitCode: "KH-SHTT", collectiveSize: 16,
    name: "Phòng Chuyển đổi số, Cục Sở hữu trí tuệ",
    intro: "Phòng vận hành hệ thống nộp đơn trực tuyến và cơ sở dữ liệu sở hữu công nghiệp.",
    highlights: [
      "Tỷ lệ **đơn nộp trực tuyến đạt 92%**",
      "Mở **tra cứu trực tuyến miễn phí** cơ sở dữ liệu sở hữu công nghiệp",
      "Rút ngắn **30% thời gian** xử lý đơn ở khâu tiếp nhận",
    ],
    citation: "Tập thể đưa phần lớn đơn đăng ký sở hữu công nghiệp lên môi trường trực tuyến và mở dữ liệu tra cứu miễn phí, tạo thuận lợi cho doanh nghiệp bảo hộ tài sản trí tuệ.",
  },
  {
    kind: "COLLECTIVE", title: "ttcds", status: "REJECTED", unitCode: "NG-PVNG", collectiveSize: 9,
    name: "Phòng Quản trị mạng, Cục Phục vụ ngoại giao đoàn",
    intro: "Phòng quản trị hạ tầng mạng và dịch vụ công nghệ thông tin của Cục.",
    highlights: ["Nâng cấp **hạ tầng mạng** nội bộ", "Triển khai **hệ thống sao lưu dữ liệu**", "Hỗ trợ kỹ thuật cho các phòng, ban"],
    citation: "Tập thể bảo đảm hạ tầng công nghệ thông tin hoạt động ổn định, phục vụ tốt nhiệm vụ của Cục.",
  },
  {
    kind: "COLLECTIVE", title: "ttcds", status: "SHORTLISTED", unitCode: "HN-BVDG", collectiveSize: 27,
    name: "Khoa Chẩn đoán hình ảnh, Bệnh viện Đa khoa Đức Giang",
    intro: "Khoa triển khai hệ thống lưu trữ và truyền tải hình ảnh y tế, chẩn đoán hình ảnh không dùng phim.",
    highlights: [
      "**100% kết quả chẩn đoán hình ảnh** được trả trên hệ thống số",
      "Người bệnh tra cứu kết quả **qua ứng dụng điện thoại**",
      "Tiết kiệm **hàng tỷ đồng chi phí phim** mỗi năm",
    ],
    citation: "Tập thể tiên phong chẩn đoán hình ảnh không phim, giúp người bệnh nhận kết quả nhanh, bác sĩ hội chẩn từ xa thuận tiện, tiết kiệm chi phí cho người bệnh và bệnh viện.",
  },
  {
    kind: "COLLECTIVE", title: "bangkhen", status: "NOT_SELECTED", unitCode: "NV-DHNV", collectiveSize: 15,
    name: "Phòng Tổ chức – Hành chính, Trường Đại học Nội vụ Hà Nội",
    intro: "Phòng phụ trách công tác tổ chức cán bộ, hành chính của Nhà trường.",
    highlights: ["Số hóa **hồ sơ cán bộ**, viên chức", "Triển khai **chấm công điện tử**", "Bảo đảm các điều kiện phục vụ tuyển sinh"],
    citation: "Tập thể hoàn thành tốt nhiệm vụ, bước đầu ứng dụng công nghệ trong quản lý hồ sơ cán bộ.",
  },
  {
    kind: "COLLECTIVE", title: "ttcds", status: "IN_REVIEW", unitCode: "HN-STP", collectiveSize: 13, reviewStatuses: ["ASSIGNED", "ASSIGNED"],
    name: "Phòng Hộ tịch, Sở Tư pháp thành phố Hà Nội",
    intro: "Phòng hướng dẫn, kiểm tra công tác đăng ký hộ tịch trực tuyến trên địa bàn thành phố.",
    highlights: [
      "**98% hồ sơ đăng ký khai sinh** trên địa bàn được nộp trực tuyến",
      "Xây dựng **bộ hỏi – đáp nghiệp vụ** cho công chức cấp xã",
      "Phối hợp làm sạch dữ liệu hộ tịch",
    ],
    citation: "Tập thể chỉ đạo, hướng dẫn hiệu quả đăng ký hộ tịch trực tuyến, giúp người dân Thủ đô làm thủ tục hộ tịch không cần đến trụ sở.",
  },
  {
    kind: "COLLECTIVE", title: "bangkhen", status: "IN_REVIEW", unitCode: "TP-BPL", collectiveSize: 21, reviewStatuses: ["SUBMITTED", "ASSIGNED"],
    name: "Ban Điện tử, Báo Pháp luật Việt Nam",
    intro: "Ban phụ trách báo điện tử và các nền tảng số của tòa soạn.",
    highlights: ["Xây dựng **tòa soạn hội tụ** trên nền tảng số", "Ra mắt **chuyên trang video pháp luật**", "Lượng độc giả trực tuyến **tăng 60%**"],
    citation: "Tập thể đổi mới mạnh mẽ phương thức làm báo, đưa thông tin pháp luật đến độc giả nhanh, đa dạng trên các nền tảng số.",
  },
  {
    kind: "COLLECTIVE", title: "ttcds", status: "SUBMITTED", unitCode: "TP-VP", collectiveSize: 17,
    name: "Phòng Tổng hợp, Văn phòng Bộ Tư pháp",
    intro: "Phòng vận hành hệ thống thông tin báo cáo của Bộ Tư pháp.",
    highlights: ["**100% báo cáo định kỳ** gửi nhận trên hệ thống", "Xây dựng **bảng điều hành số liệu** cho lãnh đạo Bộ", "Kết nối với **hệ thống báo cáo Chính phủ**"],
    citation: "Tập thể xây dựng hệ thống báo cáo và bảng điều hành số liệu, phục vụ lãnh đạo Bộ chỉ đạo kịp thời dựa trên dữ liệu.",
  },
  {
    kind: "COLLECTIVE", title: "bangkhen", status: "SUBMITTED", unitCode: "NG-HV", collectiveSize: 8,
    name: "Tổ Truyền thông, Công đoàn cơ sở Học viện Ngoại giao",
    intro: "Tổ phụ trách truyền thông nội bộ của công đoàn cơ sở trên các nền tảng số.",
    highlights: ["Xây dựng **bản tin điện tử** hằng tháng của công đoàn", "Lan tỏa **gương người tốt, việc tốt**", "Tổ chức **cuộc thi trực tuyến** tìm hiểu pháp luật"],
    citation: "Tập thể sáng tạo trong truyền thông số, lan tỏa gương người tốt, việc tốt trong đoàn viên.",
  },
  {
    kind: "COLLECTIVE", title: "ttcds", status: "RETURNED", unitCode: "TP-DHL", collectiveSize: 10,
    returnComment: "Báo cáo thành tích chưa nêu rõ phạm vi áp dụng phần mềm quản lý đào tạo; đề nghị bổ sung quyết định công nhận sáng kiến và biên bản nghiệm thu.",
    name: "Phòng Công nghệ thông tin, Trường Đại học Luật Hà Nội",
    intro: "Phòng vận hành hệ thống quản lý đào tạo và học tập trực tuyến của Nhà trường.",
    highlights: ["Triển khai **phần mềm quản lý đào tạo** theo tín chỉ", "**Đăng ký học phần trực tuyến** cho hơn 10.000 sinh viên", "Bảo đảm an toàn hệ thống trong mùa thi"],
    citation: "Tập thể vận hành hiệu quả hệ thống quản lý đào tạo, giúp sinh viên đăng ký học phần, tra cứu kết quả trực tuyến.",
  },
  {
    kind: "COLLECTIVE", title: "ttcds", status: "DRAFT", unitCode: "NV-VTLT", collectiveSize: 9,
    name: "Phòng Thanh tra – Pháp chế, Cục Văn thư và Lưu trữ nhà nước",
    intro: "Phòng tham mưu xây dựng văn bản hướng dẫn về lưu trữ điện tử.",
    highlights: ["Tham mưu **hướng dẫn lưu trữ hồ sơ điện tử**", "Kiểm tra việc **lập hồ sơ điện tử** tại các bộ, ngành", "Tập huấn nghiệp vụ cho cán bộ văn thư"],
    citation: "Tập thể tham mưu hoàn thiện thể chế về lưu trữ điện tử.",
  },
  {
    kind: "COLLECTIVE", title: "bangkhen", status: "WITHDRAWN", unitCode: "TP-HTQT", collectiveSize: 7,
    name: "Tổ Hỗ trợ kỹ thuật, Cục Hộ tịch, quốc tịch, chứng thực",
    intro: "Tổ hỗ trợ kỹ thuật cho phần mềm đăng ký hộ tịch điện tử dùng chung.",
    highlights: ["Trực **tổng đài hỗ trợ** công chức hộ tịch cấp xã", "Xử lý sự cố phần mềm trong ngày", "Cập nhật tài liệu hướng dẫn sử dụng"],
    citation: "Tập thể hỗ trợ kịp thời công chức hộ tịch cấp xã trong sử dụng phần mềm dùng chung.",
  },
  // Forwarded by the Hanoi city union: at the top, awaiting the council's reviewers.
  {
    kind: "COLLECTIVE", title: "ttcds", status: "SUBMITTED", unitCode: "HN-PVHCC", collectiveSize: 14,
    name: "Tổ Một cửa liên thông, Trung tâm Phục vụ hành chính công thành phố Hà Nội",
    intro: "Tổ Một cửa liên thông tiếp nhận, trả kết quả các thủ tục liên thông đất đai, hộ tịch, cư trú.",
    highlights: [
      "**98% hồ sơ liên thông** được tiếp nhận trực tuyến",
      "Rút ngắn thời gian giải quyết liên thông **còn 5 ngày làm việc**",
      "Không có hồ sơ trễ hạn trong năm 2026",
    ],
    citation: "Tiếp nhận và giải quyết hồ sơ liên thông trực tuyến, đúng hạn, được người dân đánh giá hài lòng.",
  },
];
