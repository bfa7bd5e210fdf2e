// "Đổi mới sáng tạo, chuyển đổi số": individual dossiers, one or more in each nomination state.
import type { NomineeSpec } from "./types";

export const dmstIndividuals: readonly NomineeSpec[] = [
  {
    kind: "INDIVIDUAL", title: "dtst", status: "HONOURED", unitCode: "HN-PVHCC",
    name: "Đặng Thị Thu Trang", gender: "FEMALE", birthYear: 1987, yearsOfService: 14, position: "Trưởng phòng Công nghệ thông tin",
    intro: "Chị Đặng Thị Thu Trang chủ trì xây dựng trợ lý ảo hướng dẫn thủ tục hành chính tại Trung tâm Phục vụ hành chính công thành phố Hà Nội.",
    highlights: [
      "Chủ trì xây dựng **trợ lý ảo hướng dẫn thủ tục**, trả lời hơn 300.000 lượt câu hỏi của người dân",
      "Tỷ lệ hồ sơ phải bổ sung do khai sai **giảm từ 18% xuống 6%**",
      "Giải pháp được công nhận **sáng kiến cấp thành phố** và chuyển giao cho 5 quận, huyện",
    ],
    citation: "Chủ trì xây dựng trợ lý ảo hướng dẫn thủ tục hành chính, giúp người dân chuẩn bị hồ sơ đúng ngay từ đầu, giảm hai phần ba số hồ sơ phải bổ sung; sáng kiến được công nhận cấp thành phố và nhân rộng.",
    story: [
      "Mỗi ngày, Trung tâm Phục vụ hành chính công nhận hàng nghìn câu hỏi giống nhau: cần mang giấy tờ gì, nộp ở đâu, bao lâu có kết quả. Chị Đặng Thị Thu Trang tin rằng những câu hỏi ấy có thể được trả lời ngay, bất kể giờ nào, để cán bộ một cửa dành thời gian cho những trường hợp khó.",
      "Chị cùng nhóm kỹ thuật xây dựng trợ lý ảo từ chính bộ thủ tục hành chính và kho câu hỏi thực tế của người dân, kiểm tra từng câu trả lời với các sở, ngành trước khi đưa vào sử dụng. Sau một năm, trợ lý ảo đã trả lời hơn ba trăm nghìn lượt hỏi; tỷ lệ hồ sơ phải bổ sung giảm từ 18% xuống 6%.",
      "Sáng kiến được công nhận cấp thành phố và chuyển giao cho năm quận, huyện. Ban Thường vụ Công đoàn Viên chức Việt Nam đã khen thưởng đột xuất chị ngay trong đợt xét đầu tiên của phong trào.",
    ],
  },
  {
    kind: "INDIVIDUAL", title: "dtst", status: "APPROVED", unitCode: "VPCP-CTT",
    name: "Nguyễn Hữu Phước", gender: "MALE", birthYear: 1985, yearsOfService: 16, position: "Kỹ sư chính",
    intro: "Anh Nguyễn Hữu Phước phụ trách kỹ thuật tích hợp dữ liệu của Cổng Thông tin điện tử Chính phủ.",
    highlights: [
      "Xây dựng **cổng kết nối dữ liệu văn bản** với các bộ, ngành, cập nhật tự động",
      "Rút ngắn thời gian đăng tải văn bản mới **từ 2 ngày xuống dưới 2 giờ**",
      "Tổ chức **kiểm tra an toàn thông tin** định kỳ, không để xảy ra sự cố",
    ],
    citation: "Làm chủ kỹ thuật tích hợp dữ liệu, giúp văn bản chính sách mới đến với người dân chỉ vài giờ sau khi ban hành; bảo đảm an toàn thông tin tuyệt đối cho hệ thống.",
  },
  {
    kind: "INDIVIDUAL", title: "bangkhen", status: "APPROVED", unitCode: "TP-HV",
    name: "Phùng Thị Bảo Ngọc", gender: "FEMALE", birthYear: 1991, yearsOfService: 9, position: "Giảng viên",
    intro: "Chị Phùng Thị Bảo Ngọc là giảng viên Học viện Tư pháp, phụ trách nền tảng học tập trực tuyến của Học viện.",
    highlights: [
      "Thiết kế **hơn 40 học phần trực tuyến** cho các lớp bồi dưỡng nghề luật",
      "Xây dựng **ngân hàng tình huống số** dùng chung cho giảng viên",
      "Hỗ trợ **hơn 3.000 học viên** ở các tỉnh xa học tập từ xa",
    ],
    citation: "Sáng tạo trong thiết kế học liệu số, đưa hơn 40 học phần lên nền tảng trực tuyến, giúp hàng nghìn học viên ở xa tiếp cận chương trình đào tạo nghề luật chất lượng.",
  },
  {
    kind: "INDIVIDUAL", title: "dtst", status: "REJECTED", unitCode: "NV-VP",
    name: "Tạ Văn Long", gender: "MALE", birthYear: 1980, yearsOfService: 20, position: "Chuyên viên chính",
    intro: "Anh Tạ Văn Long phụ trách hệ thống quản lý văn bản và điều hành của Văn phòng Bộ.",
    highlights: [
      "Vận hành **hệ thống quản lý văn bản** cho hơn 20 đơn vị",
      "Đề xuất **lịch công tác điện tử** dùng chung",
      "Hỗ trợ kỹ thuật cho các cuộc họp trực tuyến",
    ],
    citation: "Vận hành ổn định hệ thống quản lý văn bản và điều hành, hỗ trợ tích cực các đơn vị trong chuyển đổi số.",
  },
  {
    kind: "INDIVIDUAL", title: "dtst", status: "SHORTLISTED", unitCode: "HN-THUE",
    name: "Lý Thị Ngọc Diệp", gender: "FEMALE", birthYear: 1990, yearsOfService: 11, position: "Kiểm tra viên thuế",
    intro: "Chị Lý Thị Ngọc Diệp nghiên cứu ứng dụng phân tích dữ liệu hóa đơn điện tử trong quản lý rủi ro thuế.",
    highlights: [
      "Xây dựng **bộ tiêu chí cảnh báo rủi ro** từ dữ liệu hóa đơn điện tử",
      "Góp phần phát hiện **nhiều trường hợp sử dụng hóa đơn bất hợp pháp**",
      "Hướng dẫn đồng nghiệp khai thác **công cụ phân tích dữ liệu**",
    ],
    citation: "Tiên phong khai thác dữ liệu hóa đơn điện tử để cảnh báo rủi ro, góp phần chống thất thu ngân sách và bảo vệ doanh nghiệp làm ăn chân chính.",
  },
  {
    kind: "INDIVIDUAL", title: "bangkhen", status: "SHORTLISTED", unitCode: "KH-UDCN",
    name: "Quách Văn Tùng", gender: "MALE", birthYear: 1984, yearsOfService: 15, position: "Nghiên cứu viên chính",
    intro: "Anh Quách Văn Tùng nghiên cứu hệ thống cảm biến kết nối không dây phục vụ nông nghiệp chính xác.",
    highlights: [
      "Chủ trì **đề tài cấp bộ** về cảm biến độ ẩm đất kết nối không dây",
      "**Thử nghiệm tại 3 hợp tác xã**, tiết kiệm 30% lượng nước tưới",
      "Công bố **2 bài báo khoa học** trên tạp chí chuyên ngành",
    ],
    citation: "Nghiên cứu, làm chủ công nghệ cảm biến kết nối không dây, giúp hợp tác xã tiết kiệm nước tưới và chi phí sản xuất.",
  },
  {
    kind: "INDIVIDUAL", title: "dtst", status: "NOT_SELECTED", unitCode: "NG-LT",
    name: "Âu Thị Mỹ Linh", gender: "FEMALE", birthYear: 1993, yearsOfService: 7, position: "Chuyên viên",
    intro: "Chị Âu Thị Mỹ Linh tham gia số hóa công tác quản lý đoàn khách quốc tế.",
    highlights: ["Xây dựng **danh mục điện tử** về đoàn khách", "Chuẩn hóa **mẫu chương trình đón tiếp**", "Hỗ trợ tổ chức các sự kiện đối ngoại"],
    citation: "Tích cực ứng dụng công nghệ trong công tác lễ tân, hoàn thành tốt nhiệm vụ được giao.",
  },
  {
    kind: "INDIVIDUAL", title: "dtst", status: "IN_REVIEW", unitCode: "VPCP-KSTT", reviewStatuses: ["IN_PROGRESS", "ASSIGNED"],
    name: "Hứa Minh Trí", gender: "MALE", birthYear: 1992, yearsOfService: 8, position: "Chuyên viên",
    intro: "Anh Hứa Minh Trí tham gia xây dựng cơ sở dữ liệu quốc gia về quy định kinh doanh.",
    highlights: [
      "Chuẩn hóa **hơn 10.000 quy định** kinh doanh trên cơ sở dữ liệu",
      "Xây dựng **công cụ tra cứu quy định** theo ngành nghề",
      "Tiếp nhận, phân loại phản ánh của doanh nghiệp trên hệ thống",
    ],
    citation: "Góp phần xây dựng cơ sở dữ liệu quy định kinh doanh, giúp doanh nghiệp tra cứu đầy đủ điều kiện kinh doanh tại một nơi.",
  },
  {
    kind: "INDIVIDUAL", title: "dtst", status: "IN_REVIEW", unitCode: "NV-LTQG1", reviewStatuses: ["SUBMITTED", "IN_PROGRESS", "ASSIGNED"],
    name: "Nông Thị Hạnh", gender: "FEMALE", birthYear: 1989, yearsOfService: 10, position: "Lưu trữ viên",
    intro: "Chị Nông Thị Hạnh thử nghiệm nhận dạng chữ Hán Nôm tự động phục vụ số hóa tài liệu lưu trữ.",
    highlights: [
      "Phối hợp xây dựng **bộ dữ liệu mẫu** nhận dạng chữ Hán Nôm",
      "Tăng tốc độ biên mục tài liệu số **gấp 3 lần**",
      "Hướng dẫn đồng nghiệp quy trình số hóa mới",
    ],
    citation: "Chủ động ứng dụng công nghệ nhận dạng chữ viết vào số hóa tài liệu Hán Nôm, giúp tăng tốc độ biên mục và phục vụ độc giả nhanh hơn.",
  },
  {
    kind: "INDIVIDUAL", title: "bangkhen", status: "IN_REVIEW", unitCode: "HN-TAKV1", reviewStatuses: ["IN_PROGRESS", "IN_PROGRESS"],
    name: "Giáp Văn Hòa", gender: "MALE", birthYear: 1983, yearsOfService: 17, position: "Thẩm tra viên",
    intro: "Anh Giáp Văn Hòa phụ trách tổ chức phiên tòa trực tuyến tại Tòa án nhân dân khu vực 1.",
    highlights: [
      "Tổ chức **hơn 150 phiên tòa trực tuyến** an toàn, đúng quy định",
      "Xây dựng **quy trình kiểm tra kỹ thuật** trước phiên tòa",
      "Hướng dẫn đương sự tham gia phiên tòa từ xa",
    ],
    citation: "Tổ chức thành công nhiều phiên tòa trực tuyến, giúp đương sự giảm chi phí đi lại, góp phần giải quyết án đúng thời hạn.",
  },
  {
    kind: "INDIVIDUAL", title: "dtst", status: "IN_REVIEW", unitCode: "KH-QT1", reviewStatuses: ["IN_PROGRESS", "SUBMITTED", "ASSIGNED"],
    name: "Khúc Thị Thanh Mai", gender: "FEMALE", birthYear: 1988, yearsOfService: 12, position: "Kiểm định viên",
    intro: "Chị Khúc Thị Thanh Mai đề xuất cấp chứng chỉ hiệu chuẩn điện tử có chữ ký số.",
    highlights: [
      "Triển khai **chứng chỉ hiệu chuẩn điện tử** có chữ ký số cho doanh nghiệp",
      "Tiết kiệm **hơn 40.000 trang giấy** mỗi năm",
      "Tích hợp **mã QR** để xác thực chứng chỉ",
    ],
    citation: "Đề xuất và triển khai chứng chỉ hiệu chuẩn điện tử có chữ ký số và mã xác thực, giúp doanh nghiệp nhận kết quả nhanh, chống làm giả chứng chỉ.",
  },
  {
    kind: "INDIVIDUAL", title: "dtst", status: "SUBMITTED", unitCode: "NG-LS",
    name: "Lò Văn Hưng", gender: "MALE", birthYear: 1994, yearsOfService: 6, position: "Tùy viên",
    intro: "Anh Lò Văn Hưng tham gia triển khai dịch vụ hợp pháp hóa lãnh sự trực tuyến.",
    highlights: [
      "Hướng dẫn **hơn 5.000 hồ sơ** hợp pháp hóa lãnh sự trực tuyến",
      "Đề xuất **thanh toán lệ phí trực tuyến**",
      "Soạn **bộ câu hỏi thường gặp** cho người nộp hồ sơ",
    ],
    citation: "Tích cực triển khai dịch vụ hợp pháp hóa lãnh sự trực tuyến, giúp người dân và doanh nghiệp tiết kiệm thời gian đi lại.",
  },
  {
    kind: "INDIVIDUAL", title: "bangkhen", status: "SUBMITTED", unitCode: "TP-KDS",
    name: "Ninh Thị Thu Hiền", gender: "FEMALE", birthYear: 1986, yearsOfService: 13, position: "Giảng viên",
    intro: "Chị Ninh Thị Thu Hiền xây dựng kênh tư vấn pháp luật trực tuyến cho sinh viên và người dân.",
    highlights: [
      "Mở **kênh tư vấn pháp luật trực tuyến** với hơn 1.200 lượt hỏi – đáp",
      "Hướng dẫn sinh viên **soạn thảo ý kiến tư vấn** có giám sát",
      "Xây dựng **thư viện câu hỏi thường gặp**",
    ],
    citation: "Đưa hoạt động tư vấn pháp luật miễn phí lên môi trường trực tuyến, mở rộng cơ hội tiếp cận pháp luật cho người dân.",
  },
  {
    kind: "INDIVIDUAL", title: "dtst", status: "SUBMITTED", unitCode: "KH-TTTK",
    name: "Tăng Quốc Việt", gender: "MALE", birthYear: 1991, yearsOfService: 9, position: "Kỹ sư",
    intro: "Anh Tăng Quốc Việt phát triển cổng dữ liệu mở về khoa học và công nghệ.",
    highlights: [
      "Công bố **hơn 60 bộ dữ liệu mở** về khoa học và công nghệ",
      "Xây dựng **giao diện lập trình** cho các đơn vị khai thác dữ liệu",
      "Tổ chức tập huấn sử dụng dữ liệu mở",
    ],
    citation: "Phát triển cổng dữ liệu mở về khoa học và công nghệ, giúp nhà nghiên cứu, doanh nghiệp tiếp cận dữ liệu thuận tiện, minh bạch.",
  },
  {
    kind: "INDIVIDUAL", title: "dtst", status: "RETURNED", unitCode: "HN-PVHCC", atLevel: "returned",
    returnComment: "Đề nghị bổ sung số liệu đối chứng về thời gian giải quyết hồ sơ trước và sau khi áp dụng giải pháp, kèm xác nhận của thủ trưởng đơn vị.",
    name: "Viên Thị Quỳnh", gender: "FEMALE", birthYear: 1995, yearsOfService: 5, position: "Công chức",
    intro: "Chị Viên Thị Quỳnh đề xuất số hóa kết quả giải quyết thủ tục hành chính ngay tại quầy.",
    highlights: [
      "Số hóa **kết quả giải quyết** thủ tục trước khi trả cho người dân",
      "Hướng dẫn người dân dùng **ví giấy tờ điện tử**",
      "Hỗ trợ đồng nghiệp trong giờ cao điểm",
    ],
    citation: "Chủ động số hóa kết quả giải quyết thủ tục hành chính, giúp người dân tái sử dụng giấy tờ điện tử.",
  },
  {
    kind: "INDIVIDUAL", title: "bangkhen", status: "RETURNED", unitCode: "NV-VKH",
    returnComment: "Phần tự đánh giá tiêu chí “Kỷ luật công vụ và an toàn thông tin” còn thiếu minh chứng; đề nghị hoàn thiện và nộp lại trước ngày 05/12/2026.",
    name: "Sầm Văn Đức", gender: "MALE", birthYear: 1990, yearsOfService: 8, position: "Nghiên cứu viên",
    intro: "Anh Sầm Văn Đức nghiên cứu khung năng lực số cho công chức.",
    highlights: [
      "Chủ trì xây dựng **dự thảo khung năng lực số** cho công chức",
      "Khảo sát **hơn 2.000 công chức** tại 10 tỉnh, thành phố",
      "Đề xuất nội dung bồi dưỡng kỹ năng số",
    ],
    citation: "Nghiên cứu, đề xuất khung năng lực số cho công chức, làm căn cứ xây dựng chương trình bồi dưỡng phù hợp.",
  },
  {
    kind: "INDIVIDUAL", title: "dtst", status: "DRAFT", unitCode: "HN-HSCC",
    name: "Thân Thị Kim Ngân", gender: "FEMALE", birthYear: 1996, yearsOfService: 6, position: "Điều dưỡng",
    intro: "Chị Thân Thị Kim Ngân đề xuất bảng theo dõi người bệnh điện tử tại Khoa Hồi sức tích cực – Chống độc.",
    highlights: ["Thiết kế **bảng theo dõi điện tử** thay bảng giấy đầu giường", "Giảm thời gian bàn giao ca", "Hướng dẫn điều dưỡng mới sử dụng"],
    citation: "Đề xuất bảng theo dõi người bệnh điện tử, giúp bàn giao ca nhanh và chính xác hơn.",
  },
  {
    kind: "INDIVIDUAL", title: "bangkhen", status: "DRAFT", unitCode: "VPCP-QT2",
    name: "Lưu Văn Thắng", gender: "MALE", birthYear: 1987, yearsOfService: 11, position: "Kỹ sư",
    intro: "Anh Lưu Văn Thắng triển khai hệ thống quản lý năng lượng thông minh tại trụ sở.",
    highlights: ["Lắp đặt **cảm biến điều khiển chiếu sáng, điều hòa**", "Tiết kiệm **15% điện năng**", "Theo dõi tiêu thụ điện theo thời gian thực"],
    citation: "Triển khai hệ thống quản lý năng lượng thông minh, tiết kiệm điện năng tại trụ sở làm việc.",
  },
  {
    kind: "INDIVIDUAL", title: "dtst", status: "WITHDRAWN", unitCode: "KH-VP",
    name: "Doãn Thị Hoa", gender: "FEMALE", birthYear: 1989, yearsOfService: 10, position: "Chuyên viên",
    intro: "Chị Doãn Thị Hoa tham gia xây dựng hệ thống báo cáo điện tử của Bộ.",
    highlights: ["Chuẩn hóa **biểu mẫu báo cáo** định kỳ", "Hỗ trợ các đơn vị nhập liệu", "Tổng hợp số liệu phục vụ họp giao ban"],
    citation: "Tích cực tham gia xây dựng hệ thống báo cáo điện tử, góp phần nâng cao chất lượng tổng hợp số liệu.",
  },
  // Sent up by the grassroots union of the Judicial Academy and the Hanoi service centre: their
  // dossiers climb through the ministry and city unions (the route's levels) and show every stop.
  {
    kind: "INDIVIDUAL", title: "bangkhen", status: "SUBMITTED", unitCode: "TP-HV", atLevel: "awaiting",
    name: "Quách Thị Thanh Bình", gender: "FEMALE", birthYear: 1988, yearsOfService: 12, position: "Giảng viên chính",
    intro: "Chị Quách Thị Thanh Bình xây dựng học liệu số cho chương trình đào tạo nghề công chứng.",
    highlights: [
      "Biên soạn **42 bài giảng điện tử** cho lớp đào tạo nghề công chứng",
      "Xây dựng **ngân hàng tình huống** có chấm điểm tự động",
      "Hướng dẫn đồng nghiệp thiết kế bài giảng trực tuyến",
    ],
    citation: "Xây dựng học liệu số cho đào tạo nghề công chứng, giúp học viên ở xa học tập linh hoạt, chủ động.",
  },
  {
    kind: "INDIVIDUAL", title: "bangkhen", status: "SUBMITTED", unitCode: "HN-PVHCC", atLevel: "endorsed",
    levelComment: "Ban Thường vụ đánh giá cao kết quả rút ngắn thời gian chờ; xếp thứ nhất trong các hồ sơ đề nghị Bằng khen của Trung tâm.",
    name: "Khúc Văn Long", gender: "MALE", birthYear: 1990, yearsOfService: 9, position: "Chuyên viên",
    intro: "Anh Khúc Văn Long vận hành hệ thống xếp hàng và đặt lịch hẹn trực tuyến tại Trung tâm.",
    highlights: [
      "Triển khai **đặt lịch hẹn trực tuyến** cho 12 quầy tiếp nhận",
      "Giảm thời gian chờ bình quân **từ 35 xuống 12 phút**",
      "Công khai số người chờ theo thời gian thực trên cổng thông tin",
    ],
    citation: "Triển khai đặt lịch hẹn trực tuyến và hệ thống xếp hàng thông minh, rút ngắn thời gian chờ của người dân.",
  },
  {
    kind: "INDIVIDUAL", title: "dtst", status: "NOT_SELECTED", unitCode: "TP-HV", atLevel: "notForwarded",
    levelComment: "Phần mềm mới áp dụng thử ở ba lớp, chưa được Hội đồng sáng kiến công nhận; đề nghị hoàn thiện để xét ở đợt sau.",
    name: "Lò Văn Hiếu", gender: "MALE", birthYear: 1993, yearsOfService: 7, position: "Giảng viên",
    intro: "Anh Lò Văn Hiếu phát triển phần mềm mô phỏng phiên tòa phục vụ giảng dạy.",
    highlights: [
      "Phát triển **phần mềm mô phỏng phiên tòa** cho học viên",
      "Áp dụng thử tại **3 lớp** đào tạo thẩm phán",
      "Thu thập ý kiến học viên để cải tiến kịch bản",
    ],
    citation: "Phát triển phần mềm mô phỏng phiên tòa phục vụ giảng dạy kỹ năng xét xử.",
  },
  {
    kind: "INDIVIDUAL", title: "dtst", status: "DRAFT", unitCode: "TP-HV",
    name: "Hà Thị Thu Uyên", gender: "FEMALE", birthYear: 1994, yearsOfService: 6, position: "Chuyên viên",
    intro: "Chị Hà Thị Thu Uyên số hóa hồ sơ học viên của Học viện.",
    highlights: ["Số hóa **hơn 8.000 hồ sơ học viên**", "Xây dựng tra cứu văn bằng trực tuyến", "Hướng dẫn các khoa, phòng cập nhật dữ liệu"],
    citation: "Số hóa hồ sơ học viên và xây dựng tra cứu văn bằng trực tuyến, phục vụ người học nhanh chóng, chính xác.",
  },
];
