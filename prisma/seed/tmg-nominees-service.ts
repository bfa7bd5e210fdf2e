// "Tham mưu giỏi, phục vụ tốt": individuals on the front line of service (tax desk, hospital ward,
// court registry, consular hotline, one-stop counter, ward office, laboratory, newsroom).
import type { NomineeSpec } from "./types";

export const tmgServiceStaff: readonly NomineeSpec[] = [
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "HONOURED",
    unitCode: "HN-THUE",
    name: "Nguyễn Thị Thanh Xuân",
    gender: "FEMALE",
    birthYear: 1982,
    yearsOfService: 18,
    position: "Kiểm tra viên chính thuế",
    intro:
      "Chị Nguyễn Thị Thanh Xuân trực tiếp thiết kế và vận hành các kênh hỗ trợ người nộp thuế trên môi trường điện tử của Thuế thành phố Hà Nội.",
    highlights: [
      "Tham mưu bộ quy trình hướng dẫn khai, nộp thuế điện tử cho hộ kinh doanh, áp dụng tại **30 đội thuế** liên phường",
      "Trực tiếp giải đáp hơn **12.000 lượt** vướng mắc qua tổng đài, không có phản ánh về thái độ phục vụ",
      "Sáng kiến **“Trợ lý hỏi – đáp thuế”** trên trang thông tin điện tử, giảm 35% số cuộc gọi lặp lại",
    ],
    citation:
      "Có nhiều sáng kiến đưa thủ tục thuế lên môi trường điện tử, giúp hàng chục nghìn hộ kinh doanh khai, nộp thuế thuận tiện, nhanh chóng; tận tụy, chu đáo, là tấm gương tiêu biểu về tinh thần phục vụ người nộp thuế.",
    story: [
      "Những ngày đầu triển khai khai thuế điện tử cho hộ kinh doanh, chiếc điện thoại bàn ở Phòng Tuyên truyền và Hỗ trợ người nộp thuế đổ chuông liên tục. Phần lớn người gọi là tiểu thương lớn tuổi, lần đầu dùng chữ ký số, lo bấm nhầm một nút là bị phạt. Chị Nguyễn Thị Thanh Xuân nhận ra điều họ cần không phải thêm một văn bản hướng dẫn, mà là một người kiên nhẫn chỉ cho từng bước.",
      "Từ những câu hỏi lặp đi lặp lại, chị tổng hợp thành bộ tài liệu “cầm tay chỉ việc” bằng hình ảnh, rồi cùng đồng nghiệp xây dựng trợ lý hỏi – đáp trên trang thông tin điện tử. Quy trình do chị tham mưu được áp dụng tại các đội thuế liên phường; số cuộc gọi lặp lại giảm hơn một phần ba.",
      "Với chị Xuân, phục vụ tốt là khi người nộp thuế ra về mà không phải quay lại lần thứ hai. Chị vẫn giữ thói quen ghi mọi câu hỏi mới trong ngày vào một cuốn sổ nhỏ, để tuần sau tài liệu hướng dẫn lại dày thêm một trang.",
    ],
  },
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "HONOURED",
    unitCode: "HN-HSCC",
    name: "Trương Thị Hồng Vân",
    gender: "FEMALE",
    birthYear: 1980,
    yearsOfService: 21,
    position: "Điều dưỡng trưởng khoa",
    intro:
      "Chị Trương Thị Hồng Vân là Điều dưỡng trưởng Khoa Hồi sức tích cực – Chống độc, hơn 20 năm gắn bó với những ca bệnh nặng nhất của bệnh viện.",
    highlights: [
      "Chuẩn hóa **quy trình chăm sóc người bệnh thở máy**, góp phần giảm tỷ lệ viêm phổi liên quan thở máy tại khoa",
      "Tổ chức **đường dây nóng cho người nhà người bệnh**; chỉ số hài lòng của người bệnh nội trú đạt trên 95%",
      "Hướng dẫn, kèm cặp **hơn 60 điều dưỡng trẻ** và sinh viên thực tập",
    ],
    citation:
      "Tận tụy với người bệnh nặng, chuẩn hóa quy trình chăm sóc hồi sức, nâng cao sự hài lòng của người bệnh và gia đình; là người chị, người thầy của lớp điều dưỡng trẻ, tiêu biểu cho y đức người thầy thuốc.",
    story: [
      "Ở Khoa Hồi sức tích cực, không có khái niệm hết giờ làm. Trong những tháng cao điểm dịch COVID-19 năm 2021, chị Trương Thị Hồng Vân cùng đồng nghiệp ở lại bệnh viện nhiều tuần liền, chia nhau từng ca trực để không người bệnh thở máy nào thiếu người theo dõi.",
      "Từ kinh nghiệm thực tế, chị đề xuất chuẩn hóa việc chăm sóc người bệnh thở máy thành bảng kiểm cho từng ca trực, đồng thời mở đường dây nóng để người nhà được cập nhật tình trạng người bệnh mỗi ngày. Những việc tưởng nhỏ ấy giúp giảm biến chứng, giảm lo âu cho gia đình và giảm hẳn những phàn nàn.",
      "Lớp điều dưỡng trẻ của khoa gọi chị là “cô Vân”: người cầm tay chỉ từng thao tác, từng cách nói chuyện với người nhà người bệnh trong lúc khó khăn nhất.",
    ],
  },
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "HONOURED",
    unitCode: "HN-TAKV1",
    name: "Võ Thị Thanh Nhàn",
    gender: "FEMALE",
    birthYear: 1988,
    yearsOfService: 12,
    position: "Thư ký Tòa án",
    intro:
      "Chị Võ Thị Thanh Nhàn là Thư ký Tòa án, người số hóa toàn bộ hồ sơ vụ việc dân sự tại đơn vị và hỗ trợ tổ chức phiên tòa trực tuyến.",
    highlights: [
      "Hoàn thành **100% biên bản phiên tòa** đúng hạn, không có sai sót phải đính chính",
      "Tham mưu quy trình **tiếp nhận đơn khởi kiện qua cổng dịch vụ công**, rút ngắn thời gian thụ lý",
      "Số hóa **hơn 4.000 hồ sơ** vụ việc, giúp tra cứu nhanh và tránh thất lạc hồ sơ",
    ],
    citation:
      "Cẩn trọng, chính xác trong từng biên bản, hồ sơ; chủ động số hóa hồ sơ vụ việc và hỗ trợ phiên tòa trực tuyến, góp phần giải quyết án đúng thời hạn, tạo thuận lợi cho người dân khi tham gia tố tụng.",
    story: [
      "Kho hồ sơ của Tòa từng là nỗi ám ảnh mỗi khi có đương sự đề nghị sao chụp tài liệu: tìm một tập hồ sơ cũ có khi mất cả buổi. Chị Võ Thị Thanh Nhàn bắt đầu từ việc lập danh mục, gắn mã cho từng tập, rồi tranh thủ buổi trưa, cuối tuần quét từng trang.",
      "Sau ba năm, hơn bốn nghìn hồ sơ vụ việc đã có bản số, tra cứu chỉ trong vài phút. Khi Tòa triển khai nhận đơn khởi kiện qua cổng dịch vụ công và xét xử trực tuyến, chị soạn hướng dẫn cho đương sự, kiểm tra đường truyền trước mỗi phiên, để người dân ở xa không phải đi lại nhiều lần.",
    ],
  },
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "HONOURED",
    unitCode: "NG-LS",
    name: "Ngô Thị Lan Anh",
    gender: "FEMALE",
    birthYear: 1990,
    yearsOfService: 9,
    position: "Chuyên viên Phòng Bảo hộ công dân",
    intro:
      "Chị Ngô Thị Lan Anh công tác tại Phòng Bảo hộ công dân, Cục Lãnh sự, trực tiếp tham gia nhiều đợt hỗ trợ, sơ tán công dân Việt Nam ở nước ngoài.",
    highlights: [
      "Trực đường dây nóng bảo hộ công dân, tiếp nhận và xử lý **hơn 2.500 trường hợp** cần hỗ trợ",
      "Tham gia tổ công tác **sơ tán công dân** khỏi vùng xung đột năm 2022, bảo đảm an toàn tuyệt đối",
      "Đề xuất **biểu mẫu điện tử** tiếp nhận yêu cầu bảo hộ, giúp phân loại và chuyển xử lý nhanh hơn",
    ],
    citation:
      "Bình tĩnh, tận tâm trên tuyến đầu bảo hộ công dân; góp phần đưa hàng trăm công dân về nước an toàn và đề xuất cách tiếp nhận yêu cầu bảo hộ nhanh, rõ ràng, thể hiện trách nhiệm của cơ quan nhà nước với người dân.",
    story: [
      "Điện thoại đường dây nóng bảo hộ công dân có thể reo vào bất cứ giờ nào: một lao động bị giữ giấy tờ, một sinh viên mất hộ chiếu, một gia đình có người thân gặp nạn nơi xứ người. Chị Ngô Thị Lan Anh tự đặt cho mình nguyên tắc: không cuộc gọi nào kết thúc khi người gọi chưa biết bước tiếp theo phải làm gì.",
      "Năm 2022, chị tham gia tổ công tác hỗ trợ sơ tán công dân khỏi vùng xung đột. Nhiều đêm liền, chị cùng đồng nghiệp cập nhật danh sách, liên lạc với từng người, phối hợp với các cơ quan đại diện bố trí nơi ở tạm và chuyến bay về nước.",
      "Từ những ngày ấy, chị đề xuất biểu mẫu điện tử tiếp nhận yêu cầu bảo hộ để thông tin được phân loại ngay từ đầu. Cách làm này nay đã trở thành một phần trong quy trình của phòng.",
    ],
  },
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "HONOURED",
    unitCode: "HN-PVHCC",
    name: "Nguyễn Thị Minh Nguyệt",
    gender: "FEMALE",
    birthYear: 1992,
    yearsOfService: 8,
    position: "Công chức tiếp nhận và trả kết quả",
    intro:
      "Chị Nguyễn Thị Minh Nguyệt là công chức Bộ phận Một cửa, được người dân nhớ đến bởi sự kiên nhẫn khi hướng dẫn người cao tuổi làm thủ tục trực tuyến.",
    highlights: [
      "Tiếp nhận **hơn 18.000 hồ sơ**, hướng dẫn đầy đủ ngay từ lần đầu",
      "**Không có phản ánh, kiến nghị** về thái độ phục vụ trong 5 năm liên tục",
      "Đề xuất lập **góc hỗ trợ dịch vụ công trực tuyến** cho người cao tuổi tại sảnh tiếp nhận",
    ],
    citation:
      "Gần gũi, tận tình, “hướng dẫn một lần, người dân không phải đi lại”; lập góc hỗ trợ dịch vụ công trực tuyến cho người cao tuổi, góp phần nâng cao sự hài lòng của người dân với nền hành chính.",
    story: [
      "Ở sảnh Bộ phận Một cửa, nhiều người dân nhớ tên chị Nguyễn Thị Minh Nguyệt dù chỉ gặp một lần. Chị có thói quen đọc kỹ từng hồ sơ ngay tại quầy, chỉ ra chỗ còn thiếu và viết sẵn ghi chú để người dân không phải quay lại.",
      "Thấy nhiều cụ cao tuổi lúng túng trước máy tính, chị đề xuất lập góc hỗ trợ dịch vụ công trực tuyến ngay tại sảnh, có đoàn viên thanh niên thay phiên trực. Mỗi người được hướng dẫn tạo tài khoản, nộp hồ sơ và tra cứu kết quả trên chính điện thoại của mình. Góc hỗ trợ nay được nhiều đơn vị đến tham quan, học tập.",
    ],
  },
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "HONOURED",
    unitCode: "HN-PHK",
    name: "Đỗ Văn Thịnh",
    gender: "MALE",
    birthYear: 1985,
    yearsOfService: 14,
    position: "Công chức Tư pháp – Hộ tịch",
    intro:
      "Anh Đỗ Văn Thịnh là công chức Tư pháp – Hộ tịch phường, người đưa dịch vụ đăng ký hộ tịch đến tận nhà người già yếu, người khuyết tật.",
    highlights: [
      "Giải quyết **100% hồ sơ hộ tịch** đúng và trước hạn, không có hồ sơ trễ hẹn",
      "Thực hiện mô hình **“Hộ tịch tận nhà”** cho người cao tuổi, người khuyết tật",
      "Đối chiếu, chuẩn hóa **hơn 9.000 dữ liệu hộ tịch** trên cơ sở dữ liệu điện tử",
    ],
    citation:
      "Tận tụy với công việc hộ tịch ở cơ sở; sáng tạo mô hình “Hộ tịch tận nhà”, giải quyết hồ sơ đúng và trước hạn, làm sạch dữ liệu hộ tịch phục vụ chuyển đổi số, được nhân dân tin yêu.",
    story: [
      "Một buổi chiều, anh Đỗ Văn Thịnh mang máy tính xách tay đến căn nhà nhỏ trong ngõ để làm thủ tục cho một gia đình có người mẹ già ốm nặng không thể ra phường. Việc “làm hộ tịch tận nhà” bắt đầu như thế, rồi trở thành mô hình được Ủy ban nhân dân phường duy trì.",
      "Bên cạnh công việc hằng ngày, anh dành nhiều tháng đối chiếu sổ hộ tịch giấy với dữ liệu điện tử, sửa từng sai lệch về tên, ngày sinh. Nhờ dữ liệu sạch, việc liên thông khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ em trên địa bàn diễn ra thông suốt.",
    ],
  },
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "HONOURED",
    unitCode: "KH-QT1",
    name: "Lê Quang Huy",
    gender: "MALE",
    birthYear: 1986,
    yearsOfService: 13,
    position: "Kiểm định viên chính",
    intro:
      "Anh Lê Quang Huy là kiểm định viên tại Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1, chuyên về đo lường khối lượng và áp suất.",
    highlights: [
      "Rút ngắn thời gian trả kết quả hiệu chuẩn từ **7 xuống 3 ngày làm việc**",
      "Xây dựng hệ thống **đặt lịch và tra cứu chứng chỉ hiệu chuẩn trực tuyến** cho doanh nghiệp",
      "Chủ trì **2 đề tài cấp cơ sở** về đánh giá độ không đảm bảo đo",
    ],
    citation:
      "Làm chủ kỹ thuật đo lường, có nhiều cải tiến giúp doanh nghiệp nhận kết quả hiệu chuẩn nhanh hơn, tra cứu chứng chỉ trực tuyến thuận tiện; góp phần nâng cao chất lượng sản phẩm, hàng hóa.",
    story: [
      "Với doanh nghiệp sản xuất, mỗi ngày chờ kết quả hiệu chuẩn là một ngày dây chuyền phải dừng hoặc chạy với thiết bị chưa được xác nhận. Anh Lê Quang Huy hiểu điều đó từ những cuộc điện thoại sốt ruột của khách hàng, và quyết định rà soát lại toàn bộ quy trình của phòng.",
      "Anh đề xuất sắp xếp lại thứ tự công việc, chuẩn hóa biểu mẫu và xây dựng hệ thống đặt lịch, tra cứu chứng chỉ trực tuyến. Thời gian trả kết quả giảm từ bảy xuống ba ngày làm việc; doanh nghiệp tự tải chứng chỉ về mà không phải cử người đến nhận.",
    ],
  },
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "HONOURED",
    unitCode: "TP-BPL",
    name: "Trịnh Thu Hà",
    gender: "FEMALE",
    birthYear: 1989,
    yearsOfService: 11,
    position: "Phóng viên Ban Bạn đọc",
    intro:
      "Nhà báo Trịnh Thu Hà phụ trách chuyên mục hỏi – đáp pháp luật, đưa kiến thức pháp luật đến gần hơn với người dân.",
    highlights: [
      "Thực hiện **hơn 600 bài** giải đáp pháp luật cho bạn đọc",
      "Sáng kiến loạt **video “Luật trong 60 giây”**, thu hút hàng triệu lượt xem",
      "Phản ánh kịp thời **nhiều vướng mắc trong thực thi pháp luật**, được cơ quan chức năng tiếp thu",
    ],
    citation:
      "Kiên trì đưa pháp luật vào đời sống bằng cách viết dễ hiểu, gần gũi; nhiều tác phẩm phản ánh kịp thời vướng mắc của người dân và được cơ quan chức năng tiếp thu, góp phần lan tỏa tinh thần thượng tôn pháp luật.",
    story: [
      "Mỗi tuần, hộp thư bạn đọc của tòa soạn nhận hàng trăm câu hỏi: chia thừa kế thế nào, sổ đỏ đứng tên ai, lương hưu tính ra sao. Chị Trịnh Thu Hà chọn những câu hỏi nhiều người cùng băn khoăn nhất, mời chuyên gia giải đáp rồi viết lại bằng ngôn ngữ đời thường.",
      "Năm 2021, chị đề xuất loạt video “Luật trong 60 giây” dành cho người trẻ. Từ một ý tưởng nhỏ, loạt video trở thành sản phẩm được chia sẻ nhiều nhất của tờ báo. Một số bài viết của chị về vướng mắc trong thủ tục đất đai đã được cơ quan chức năng ghi nhận và hướng dẫn tháo gỡ.",
    ],
  },
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "NOT_SELECTED",
    unitCode: "NG-LT",
    name: "Đinh Thị Hương Giang",
    gender: "FEMALE",
    birthYear: 1991,
    yearsOfService: 8,
    position: "Chuyên viên Phòng Lễ tân",
    intro: "Chị Đinh Thị Hương Giang tham gia phục vụ nhiều hoạt động đối ngoại cấp cao tại Cục Lễ tân Nhà nước.",
    highlights: [
      "Tham gia tổ chức, phục vụ **hơn 40 đoàn khách** cấp cao, bảo đảm chu đáo, an toàn",
      "Cập nhật **sổ tay nghi lễ** dành cho cán bộ mới",
      "Tích cực tham gia phong trào văn hóa, thể thao của công đoàn",
    ],
    citation:
      "Chu đáo, cẩn trọng trong công tác lễ tân đối ngoại, hoàn thành tốt nhiệm vụ phục vụ các hoạt động đối ngoại cấp cao.",
  },
];
