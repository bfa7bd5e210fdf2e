// "Tham mưu giỏi, phục vụ tốt": individuals whose work is advice, research, teaching and
// safeguarding records, plus the dossiers that were not selected or rejected by the council.
import type { NomineeSpec } from "./types";

export const tmgAdvisors: readonly NomineeSpec[] = [
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "HONOURED",
    unitCode: "VPCP-KSTT",
    name: "Trần Văn Hiếu",
    gender: "MALE",
    birthYear: 1979,
    yearsOfService: 20,
    position: "Chuyên viên chính",
    intro:
      "Anh Trần Văn Hiếu là chuyên viên chính Cục Kiểm soát thủ tục hành chính, nhiều năm tham mưu cắt giảm, đơn giản hóa quy định liên quan đến hoạt động kinh doanh.",
    highlights: [
      "Tham mưu rà soát, đề xuất **cắt giảm, đơn giản hóa hàng trăm quy định** kinh doanh",
      "Xây dựng **công cụ tính chi phí tuân thủ** thủ tục hành chính, được các bộ, ngành sử dụng",
      "Xử lý **phản ánh, kiến nghị** của doanh nghiệp đúng hạn, có phản hồi rõ ràng",
    ],
    citation:
      "Tham mưu sắc sảo, kiên trì trong cải cách quy định kinh doanh; xây dựng công cụ lượng hóa chi phí tuân thủ giúp các bộ, ngành cắt giảm thủ tục thực chất, giảm gánh nặng cho người dân và doanh nghiệp.",
    story: [
      "Với anh Trần Văn Hiếu, một thủ tục hành chính không chỉ là một dòng trong văn bản mà là thời gian, chi phí của hàng nghìn doanh nghiệp. Anh thường mở đầu các cuộc họp rà soát bằng một câu hỏi đơn giản: nếu bỏ giấy tờ này đi thì ai chịu thiệt?",
      "Nhận thấy các đề xuất cắt giảm thường thiếu số liệu thuyết phục, anh cùng đồng nghiệp xây dựng công cụ tính chi phí tuân thủ, quy đổi mỗi bước thủ tục thành giờ công và tiền. Con số cụ thể giúp các cuộc thảo luận với bộ, ngành bớt cảm tính và đi đến quyết định nhanh hơn.",
      "Nhiều phương án cắt giảm do anh tham gia đề xuất đã được thông qua. Anh vẫn dành thời gian đọc từng phản ánh của doanh nghiệp, vì theo anh đó là nguồn dữ liệu quý nhất cho công việc tham mưu.",
    ],
  },
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "HONOURED",
    unitCode: "TP-HTQT",
    name: "Lê Thị Hoài Thu",
    gender: "FEMALE",
    birthYear: 1984,
    yearsOfService: 17,
    position: "Phó Trưởng phòng",
    intro:
      "Chị Lê Thị Hoài Thu là Phó Trưởng phòng tại Cục Hộ tịch, quốc tịch, chứng thực, góp phần xây dựng cơ sở dữ liệu hộ tịch điện tử toàn quốc.",
    highlights: [
      "Tham mưu **hướng dẫn số hóa sổ hộ tịch** lưu trữ, áp dụng thống nhất tại các địa phương",
      "Giải đáp kịp thời vướng mắc của **công chức tư pháp – hộ tịch** cấp xã qua nhóm hỗ trợ trực tuyến",
      "Đề xuất **liên thông thủ tục khai sinh** với đăng ký thường trú và cấp thẻ bảo hiểm y tế",
    ],
    citation:
      "Tham mưu chuyên sâu, kịp thời trong xây dựng và vận hành cơ sở dữ liệu hộ tịch điện tử; đề xuất liên thông thủ tục giúp người dân không phải đi lại nhiều nơi, góp phần vào chuyển đổi số ngành tư pháp.",
    story: [
      "Sau mỗi văn bản hướng dẫn về hộ tịch là hàng nghìn công chức cấp xã trên cả nước phải thực hiện. Chị Lê Thị Hoài Thu luôn tự hỏi: người đọc văn bản này ở một xã vùng cao có hiểu và làm được không? Vì vậy, chị lập nhóm hỗ trợ trực tuyến để công chức tư pháp – hộ tịch hỏi trực tiếp mỗi khi vướng mắc.",
      "Chị tham gia soạn thảo hướng dẫn số hóa sổ hộ tịch lưu trữ và đề xuất liên thông khai sinh với đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi. Cha mẹ giờ chỉ nộp một bộ hồ sơ thay vì đi ba nơi.",
    ],
  },
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "HONOURED",
    unitCode: "NV-LTQG1",
    name: "Hoàng Minh Tuấn",
    gender: "MALE",
    birthYear: 1976,
    yearsOfService: 25,
    position: "Lưu trữ viên chính",
    intro: "Anh Hoàng Minh Tuấn là lưu trữ viên chính, hơn hai mươi năm gắn bó với các khối tài liệu Hán Nôm quý hiếm.",
    highlights: [
      "Chủ trì **số hóa hơn 200.000 trang** tài liệu Hán Nôm, phục vụ độc giả tra cứu từ xa",
      "Xây dựng **công cụ tra cứu** theo chủ đề, địa danh, rút ngắn thời gian tìm tài liệu",
      "Hướng dẫn nghiệp vụ bảo quản, tu bổ tài liệu cho **nhiều lưu trữ địa phương**",
    ],
    citation:
      "Tận tụy giữ gìn di sản tư liệu quốc gia; chủ trì số hóa và xây dựng công cụ tra cứu giúp nhà nghiên cứu, người dân tiếp cận tài liệu lưu trữ thuận tiện, góp phần phát huy giá trị tài liệu lưu trữ.",
    story: [
      "Trong kho bảo quản của Trung tâm Lưu trữ quốc gia I, anh Hoàng Minh Tuấn đọc những tờ tài liệu viết cách đây hàng trăm năm như đọc thư của người quen. Nhưng anh hiểu tài liệu chỉ thực sự sống khi có người tìm đến và sử dụng.",
      "Anh chủ trì việc số hóa hơn hai trăm nghìn trang tài liệu Hán Nôm và xây dựng công cụ tra cứu theo chủ đề, địa danh. Nhà nghiên cứu ở xa nay có thể tra cứu, đặt sao tài liệu mà không phải đến tận phòng đọc; thời gian tìm một hồ sơ rút từ vài ngày xuống vài phút.",
    ],
  },
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "HONOURED",
    unitCode: "TP-HV",
    name: "Đào Thị Ngọc Bích",
    gender: "FEMALE",
    birthYear: 1981,
    yearsOfService: 19,
    position: "Giảng viên chính",
    intro:
      "Tiến sĩ Đào Thị Ngọc Bích là giảng viên chính Học viện Tư pháp, người đưa phương pháp phiên tòa giả định vào giảng dạy kỹ năng nghề luật.",
    highlights: [
      "Xây dựng **mô hình phiên tòa giả định** trong đào tạo thẩm phán, kiểm sát viên, luật sư",
      "Biên soạn **khóa học trực tuyến** về kỹ năng hành nghề công chứng cho hơn 1.500 học viên",
      "Được học viên đánh giá **mức độ hài lòng trên 95%**",
    ],
    citation:
      "Tâm huyết với việc dạy kỹ năng nghề luật; sáng tạo phương pháp phiên tòa giả định và khóa học trực tuyến, giúp hàng nghìn học viên vững vàng nghiệp vụ để phục vụ người dân tốt hơn.",
    story: [
      "Học viên các lớp của cô Đào Thị Ngọc Bích quen với cảnh phòng học được bố trí thành phòng xử án: người đóng vai thẩm phán, người là luật sư, người là đương sự. Cô tin rằng kỹ năng nghề luật chỉ hình thành khi người học được va chạm với tình huống thật.",
      "Trong thời gian giãn cách xã hội, cô chuyển các học phần kỹ năng công chứng sang hình thức trực tuyến, tự quay từng video tình huống. Khóa học đã có hơn một nghìn năm trăm học viên tham gia, nhiều người ở vùng xa không có điều kiện về Hà Nội học tập trung.",
    ],
  },
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "HONOURED",
    unitCode: "VPCP-TH",
    name: "Nguyễn Đức Mạnh",
    gender: "MALE",
    birthYear: 1983,
    yearsOfService: 17,
    position: "Chuyên viên chính",
    intro:
      "Anh Nguyễn Đức Mạnh là chuyên viên chính Vụ Tổng hợp, phụ trách tổng hợp tình hình kinh tế – xã hội phục vụ các phiên họp Chính phủ.",
    highlights: [
      "Hoàn thành **100% báo cáo tổng hợp** đúng hạn, nhiều báo cáo hoàn thành chỉ trong vài giờ",
      "Xây dựng **bảng theo dõi chỉ tiêu** kinh tế – xã hội cập nhật từ hệ thống báo cáo của các bộ, ngành",
      "Tham gia biên tập **nhiều đề án, báo cáo** trình cấp có thẩm quyền",
    ],
    citation:
      "Tham mưu tổng hợp chính xác, kịp thời, nhiều báo cáo quan trọng hoàn thành trong thời gian rất ngắn; chủ động ứng dụng dữ liệu trong theo dõi chỉ tiêu, góp phần nâng cao chất lượng chỉ đạo, điều hành.",
    story: [
      "Những ngày trước phiên họp Chính phủ thường kỳ, đèn phòng làm việc của anh Nguyễn Đức Mạnh thường sáng đến khuya. Báo cáo tổng hợp phải gom số liệu từ hàng chục bộ, ngành, đối chiếu, phân tích và cô đọng thành vài trang để lãnh đạo nắm được bức tranh chung.",
      "Để không phải chờ từng công văn, anh đề xuất xây dựng bảng theo dõi chỉ tiêu cập nhật từ hệ thống báo cáo của các bộ, ngành. Thời gian tổng hợp rút ngắn, sai lệch số liệu được phát hiện sớm, nhiều nhận định do anh chấp bút được sử dụng trong chỉ đạo, điều hành.",
    ],
  },
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "HONOURED",
    unitCode: "KH-SHTT",
    name: "Phan Thị Thu Hằng",
    gender: "FEMALE",
    birthYear: 1985,
    yearsOfService: 15,
    position: "Thẩm định viên chính",
    intro:
      "Chị Phan Thị Thu Hằng là thẩm định viên chính về nhãn hiệu, có nhiều đóng góp trong giải quyết đơn tồn đọng tại Cục Sở hữu trí tuệ.",
    highlights: [
      "Thẩm định **hơn 5.000 đơn đăng ký nhãn hiệu**, vượt 130% định mức",
      "Đề xuất **phân luồng đơn đơn giản – phức tạp**, góp phần giảm đơn tồn đọng",
      "Biên soạn **tài liệu hướng dẫn nộp đơn trực tuyến** cho doanh nghiệp nhỏ",
    ],
    citation:
      "Chuyên môn vững, năng suất cao trong thẩm định nhãn hiệu; đề xuất phân luồng đơn giúp giảm đơn tồn đọng, rút ngắn thời gian chờ của doanh nghiệp, góp phần bảo hộ tài sản trí tuệ.",
    story: [
      "Đơn tồn đọng từng khiến nhiều doanh nghiệp nhỏ nản lòng khi đăng ký nhãn hiệu. Chị Phan Thị Thu Hằng đề xuất phân loại đơn ngay từ đầu: đơn đơn giản đi luồng nhanh, đơn phức tạp được tập trung chuyên gia thẩm định.",
      "Cách làm được lãnh đạo Cục chấp thuận và áp dụng rộng rãi. Riêng chị mỗi năm thẩm định vượt định mức hơn 30%, đồng thời biên soạn tài liệu hướng dẫn nộp đơn trực tuyến để doanh nghiệp tự chuẩn bị hồ sơ đúng ngay từ lần đầu.",
    ],
  },
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "HONOURED",
    unitCode: "KH-UDCN",
    name: "Vũ Đình Khang",
    gender: "MALE",
    birthYear: 1987,
    yearsOfService: 12,
    position: "Kỹ sư chính",
    intro:
      "Kỹ sư Vũ Đình Khang cùng nhóm nghiên cứu chế tạo thiết bị quan trắc chất lượng nước giá thành thấp, chuyển giao cho nhiều địa phương.",
    highlights: [
      "Chủ nhiệm **đề tài cấp bộ** về thiết bị quan trắc chất lượng nước tự động",
      "Thiết bị được **chuyển giao cho 12 địa phương**, giá thành bằng khoảng một phần ba sản phẩm nhập khẩu",
      "Có **2 giải pháp hữu ích** được cấp văn bằng bảo hộ",
    ],
    citation:
      "Say mê nghiên cứu ứng dụng, chế tạo thiết bị quan trắc chất lượng nước giá thành thấp, chuyển giao cho nhiều địa phương, giúp người dân và cơ quan quản lý kịp thời phát hiện ô nhiễm nguồn nước.",
    story: [
      "Từ những chuyến công tác về vùng nuôi trồng thủy sản, kỹ sư Vũ Đình Khang chứng kiến người dân mất trắng cả vụ vì nguồn nước ô nhiễm mà không ai phát hiện kịp. Thiết bị quan trắc nhập khẩu lại quá đắt để lắp đặt rộng rãi.",
      "Anh cùng nhóm nghiên cứu thiết kế bộ quan trắc dùng linh kiện phổ biến, gửi dữ liệu về điện thoại theo thời gian thực. Sau ba năm thử nghiệm, thiết bị đã được chuyển giao cho mười hai địa phương với giá thành chỉ bằng khoảng một phần ba sản phẩm nhập khẩu.",
    ],
  },
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "HONOURED",
    unitCode: "TP-KDS",
    name: "Bùi Văn Kiên",
    gender: "MALE",
    birthYear: 1978,
    yearsOfService: 22,
    position: "Giảng viên chính",
    intro:
      "Thạc sĩ Bùi Văn Kiên là giảng viên Khoa Pháp luật Dân sự, người sáng lập và duy trì phòng tư vấn pháp luật miễn phí cho người dân.",
    highlights: [
      "Duy trì **phòng tư vấn pháp luật miễn phí**, tiếp nhận hơn 3.000 lượt người dân",
      "Hướng dẫn **hơn 200 sinh viên** thực hành tư vấn dưới sự giám sát của giảng viên",
      "Góp ý nhiều **dự thảo luật** trong lĩnh vực dân sự, đất đai",
    ],
    citation:
      "Gắn giảng dạy với phục vụ cộng đồng; duy trì phòng tư vấn pháp luật miễn phí giúp hàng nghìn người dân hiểu và bảo vệ quyền lợi hợp pháp, đồng thời rèn kỹ năng nghề cho sinh viên luật.",
    story: [
      "Mỗi sáng thứ Bảy, phòng tư vấn pháp luật của Khoa Pháp luật Dân sự lại có người xếp hàng: người hỏi chuyện tranh chấp đất, người hỏi về hợp đồng lao động. Thầy Bùi Văn Kiên lập phòng tư vấn với vài bộ bàn ghế mượn và một nhóm sinh viên tình nguyện.",
      "Đến nay, phòng tư vấn đã tiếp nhận hơn ba nghìn lượt người dân, phần lớn là người lao động, người có hoàn cảnh khó khăn. Với sinh viên, đó là lớp học thực hành quý giá; với thầy Kiên, đó là cách để kiến thức pháp luật rời giảng đường đi vào cuộc sống.",
    ],
  },
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "HONOURED",
    unitCode: "NV-TDKT",
    name: "Trần Thị Kim Loan",
    gender: "FEMALE",
    birthYear: 1983,
    yearsOfService: 18,
    position: "Chuyên viên chính",
    intro:
      "Chị Trần Thị Kim Loan là chuyên viên chính Ban Thi đua – Khen thưởng Trung ương, người tham mưu số hóa quy trình thẩm định hồ sơ khen thưởng.",
    highlights: [
      "Thẩm định **hơn 8.000 hồ sơ** khen thưởng đúng quy định, đúng thời hạn",
      "Tham mưu quy trình **tiếp nhận hồ sơ khen thưởng điện tử**, giảm thời gian luân chuyển giấy tờ",
      "Hướng dẫn nghiệp vụ cho **cán bộ làm công tác thi đua** của các bộ, ngành, địa phương",
    ],
    citation:
      "Tham mưu chính xác, khách quan trong thẩm định hồ sơ khen thưởng; đề xuất tiếp nhận hồ sơ điện tử giúp khen thưởng kịp thời, đúng người, đúng việc, góp phần làm cho công tác thi đua, khen thưởng thực chất hơn.",
    story: [
      "“Khen đúng người, đúng việc, đúng lúc” là câu chị Trần Thị Kim Loan nhắc nhiều nhất với đồng nghiệp trẻ. Mỗi hồ sơ qua tay chị đều được đối chiếu kỹ tiêu chuẩn, số liệu, để danh hiệu trao đi xứng đáng với công sức của người được khen.",
      "Chị tham mưu quy trình tiếp nhận hồ sơ khen thưởng điện tử, thay cho việc gửi nhận hàng thùng hồ sơ giấy mỗi dịp tổng kết. Thời gian luân chuyển giảm rõ rệt; nhiều trường hợp khen thưởng đột xuất được trình và quyết định chỉ trong vài ngày.",
    ],
  },
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "NOT_SELECTED",
    unitCode: "NV-DHNV",
    name: "Phạm Văn Toản",
    gender: "MALE",
    birthYear: 1984,
    yearsOfService: 14,
    position: "Giảng viên",
    intro: "Thầy Phạm Văn Toản là giảng viên Khoa Quản trị văn phòng, tích cực đổi mới phương pháp giảng dạy.",
    highlights: [
      "Giảng dạy **vượt định mức** giờ chuẩn trong nhiều năm học",
      "Biên soạn **bài giảng điện tử** cho học phần Văn thư",
      "Hướng dẫn sinh viên nghiên cứu khoa học",
    ],
    citation: "Hoàn thành tốt nhiệm vụ giảng dạy, tích cực đổi mới phương pháp và biên soạn bài giảng điện tử.",
  },
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "REJECTED",
    unitCode: "VPCP-CTT",
    name: "Lương Minh Đạt",
    gender: "MALE",
    birthYear: 1986,
    yearsOfService: 13,
    position: "Biên tập viên",
    intro: "Anh Lương Minh Đạt là biên tập viên Cổng Thông tin điện tử Chính phủ, phụ trách chuyên mục chính sách mới.",
    highlights: [
      "Biên tập **hơn 1.200 tin, bài** về chính sách mới",
      "Đề xuất chuyên mục **“Chính sách mới có hiệu lực”**",
      "Tham gia trực thông tin trong các sự kiện lớn",
    ],
    citation:
      "Biên tập kịp thời, chính xác thông tin chính sách, góp phần đưa chính sách đến gần người dân và doanh nghiệp.",
  },
  {
    kind: "INDIVIDUAL",
    title: "dttt",
    status: "REJECTED",
    unitCode: "KH-TTTK",
    name: "Hà Thị Thúy",
    gender: "FEMALE",
    birthYear: 1982,
    yearsOfService: 19,
    position: "Thống kê viên chính",
    intro: "Chị Hà Thị Thúy phụ trách tổng hợp số liệu thống kê khoa học và công nghệ.",
    highlights: [
      "Hoàn thành **các kỳ điều tra thống kê** đúng kế hoạch",
      "Đề xuất **chuẩn hóa biểu mẫu** báo cáo thống kê",
      "Hỗ trợ các đơn vị nhập liệu trực tuyến",
    ],
    citation:
      "Tận tụy với công tác thống kê, góp phần cung cấp số liệu kịp thời cho quản lý nhà nước về khoa học và công nghệ.",
  },
];
