// "Tham mưu giỏi, phục vụ tốt": collectives (departments, wards, teams) nominated as exemplary.
import type { NomineeSpec } from "./types";

export const tmgCollectives: readonly NomineeSpec[] = [
  {
    kind: "COLLECTIVE",
    title: "tapthe",
    status: "HONOURED",
    unitCode: "HN-PVHCC",
    collectiveSize: 46,
    name: "Bộ phận Một cửa, Trung tâm Phục vụ hành chính công thành phố Hà Nội",
    intro: "Bộ phận Một cửa tiếp nhận và trả kết quả hồ sơ của nhiều sở, ngành thành phố tại một đầu mối.",
    highlights: [
      "Rút ngắn **40% thời gian giải quyết** bình quân đối với các thủ tục liên thông",
      "Tỷ lệ hồ sơ đúng và trước hạn **trên 98%**; chỉ số hài lòng của người dân đạt **97%**",
      "Áp dụng **đặt lịch hẹn trực tuyến** và đánh giá mức độ hài lòng bằng máy tính bảng ngay tại quầy",
    ],
    citation:
      "Tập thể đoàn kết, đi đầu cải cách hành chính; rút ngắn 40% thời gian giải quyết thủ tục liên thông, tỷ lệ hồ sơ đúng hạn trên 98%, mang lại sự hài lòng cho người dân và doanh nghiệp Thủ đô.",
    story: [
      "Trước đây, để hoàn thành một thủ tục liên quan đến nhiều sở, người dân phải đi lại nhiều nơi, chờ đợi nhiều ngày. Tập thể Bộ phận Một cửa đã cùng các sở, ngành rà soát từng bước, cắt bỏ khâu trung gian và chuyển phần lớn hồ sơ sang xử lý điện tử.",
      "Thời gian giải quyết bình quân các thủ tục liên thông giảm 40%, hơn 98% hồ sơ được trả đúng và trước hạn. Người dân đặt lịch hẹn trực tuyến và đánh giá ngay sau khi giao dịch; mọi ý kiến không hài lòng đều được lãnh đạo trung tâm xem xét trong ngày.",
      "Mô hình của Bộ phận Một cửa đã được nhiều địa phương đến học tập, trở thành điểm sáng của phong trào “Tham mưu giỏi, phục vụ tốt” tại Thủ đô.",
    ],
  },
  {
    kind: "COLLECTIVE",
    title: "tapthe",
    status: "HONOURED",
    unitCode: "VPCP-KSTT",
    collectiveSize: 14,
    name: "Phòng Cải cách quy định kinh doanh, Cục Kiểm soát thủ tục hành chính",
    intro: "Phòng là đầu mối tham mưu rà soát, cắt giảm, đơn giản hóa quy định kinh doanh của các bộ, ngành.",
    highlights: [
      "Tham mưu trình cấp có thẩm quyền phê duyệt **nhiều phương án cắt giảm** quy định kinh doanh",
      "Vận hành **hệ thống tiếp nhận phản ánh, kiến nghị** về quy định hành chính, xử lý đúng hạn",
      "Tổ chức **đối thoại định kỳ với doanh nghiệp**, hiệp hội ngành hàng",
    ],
    citation:
      "Tập thể tham mưu sắc bén, bền bỉ trong cải cách quy định kinh doanh; góp phần cắt giảm, đơn giản hóa hàng nghìn quy định, tiết kiệm chi phí tuân thủ cho người dân và doanh nghiệp.",
    story: [
      "Chỉ với mười bốn cán bộ, Phòng Cải cách quy định kinh doanh theo dõi quy định của hàng chục bộ, ngành. Bí quyết của tập thể là làm việc bằng số liệu: mỗi đề xuất cắt giảm đều kèm ước tính chi phí tiết kiệm được cho xã hội.",
      "Phòng duy trì đối thoại định kỳ với doanh nghiệp, hiệp hội để nghe trực tiếp những vướng mắc. Nhiều phương án cắt giảm do phòng tham mưu đã được phê duyệt, góp phần cải thiện môi trường kinh doanh.",
    ],
  },
  {
    kind: "COLLECTIVE",
    title: "tapthe",
    status: "HONOURED",
    unitCode: "HN-HSCC",
    collectiveSize: 58,
    name: "Khoa Hồi sức tích cực – Chống độc, Bệnh viện Đa khoa Đức Giang",
    intro: "Khoa tiếp nhận, điều trị người bệnh nặng, ngộ độc của khu vực phía đông bắc Thủ đô.",
    highlights: [
      "Cứu chữa thành công **hàng nghìn ca bệnh nặng**, ngộ độc cấp",
      "Làm chủ **kỹ thuật lọc máu liên tục và ECMO** trong điều trị",
      "Triển khai **bệnh án điện tử**, giảm thời gian chờ thủ tục cho người nhà người bệnh",
    ],
    citation:
      "Tập thể y, bác sĩ tận tụy, làm chủ nhiều kỹ thuật hồi sức hiện đại, cứu sống nhiều người bệnh nặng; là chỗ dựa vững vàng của bệnh viện trong những thời điểm khó khăn nhất.",
    story: [
      "Khoa Hồi sức tích cực – Chống độc là nơi tiếp nhận những người bệnh nặng nhất. Những năm qua, tập thể khoa đã làm chủ kỹ thuật lọc máu liên tục và ECMO, những kỹ thuật trước đây người bệnh phải chuyển lên tuyến trên mới được thực hiện.",
      "Trong đại dịch COVID-19, khoa là tuyến đầu điều trị người bệnh nặng của bệnh viện. Cùng với chuyên môn, khoa đổi mới cách phục vụ: triển khai bệnh án điện tử, thông báo tình trạng người bệnh cho gia đình qua đường dây nóng, hướng dẫn người nhà chăm sóc sau xuất viện.",
    ],
  },
  {
    kind: "COLLECTIVE",
    title: "tapthe",
    status: "HONOURED",
    unitCode: "NG-LS",
    collectiveSize: 20,
    name: "Phòng Bảo hộ công dân, Cục Lãnh sự",
    intro: "Phòng là đầu mối tiếp nhận, xử lý các vụ việc bảo hộ công dân Việt Nam ở nước ngoài.",
    highlights: [
      "Xử lý **hàng nghìn vụ việc bảo hộ công dân** kịp thời, đúng quy định",
      "Phối hợp tổ chức **sơ tán an toàn** công dân khỏi vùng xung đột, thiên tai",
      "Vận hành **đường dây nóng bảo hộ công dân** 24/7",
    ],
    citation:
      "Tập thể bản lĩnh, tận tâm trên tuyến đầu bảo hộ công dân; kịp thời hỗ trợ, sơ tán an toàn hàng nghìn công dân Việt Nam ở nước ngoài, củng cố niềm tin của người dân vào sự quan tâm của Nhà nước.",
    story: [
      "Đường dây nóng bảo hộ công dân của Phòng không bao giờ tắt. Mỗi cuộc gọi có thể là một hoàn cảnh khẩn cấp: tai nạn, mất giấy tờ, bị lừa đảo, mắc kẹt giữa vùng xung đột.",
      "Trong các đợt sơ tán công dân khỏi vùng xung đột và thiên tai, tập thể Phòng làm việc xuyên đêm, phối hợp chặt chẽ với các cơ quan đại diện và hãng hàng không để đưa bà con về nước an toàn. Phòng cũng chuẩn hóa quy trình, biểu mẫu tiếp nhận yêu cầu, giúp việc xử lý nhanh và thống nhất hơn.",
    ],
  },
  {
    kind: "COLLECTIVE",
    title: "tapthe",
    status: "HONOURED",
    unitCode: "HN-THUE",
    collectiveSize: 25,
    name: "Phòng Tuyên truyền và Hỗ trợ người nộp thuế, Thuế thành phố Hà Nội",
    intro: "Phòng phụ trách tuyên truyền chính sách thuế và hỗ trợ người nộp thuế trên địa bàn Thủ đô.",
    highlights: [
      "Tổ chức **hàng trăm buổi đối thoại, tập huấn** chính sách thuế mới",
      "Hỗ trợ **hơn 95% doanh nghiệp** khai, nộp thuế điện tử",
      "Vận hành **trợ lý hỏi – đáp thuế** trực tuyến và tổng đài hỗ trợ",
    ],
    citation:
      "Tập thể năng động, chủ động đưa chính sách thuế đến người nộp thuế bằng nhiều hình thức; hỗ trợ hầu hết doanh nghiệp khai, nộp thuế điện tử, giảm thời gian và chi phí tuân thủ.",
    story: [
      "Phòng Tuyên truyền và Hỗ trợ người nộp thuế đã biến những buổi tập huấn khô khan thành những buổi đối thoại cởi mở, nơi doanh nghiệp hỏi thẳng và cán bộ thuế trả lời thẳng. Vướng mắc vượt thẩm quyền được tổng hợp, báo cáo cấp trên kịp thời.",
      "Tập thể phòng là lực lượng nòng cốt đưa khai, nộp thuế điện tử đến hơn 95% doanh nghiệp trên địa bàn, đồng thời xây dựng trợ lý hỏi – đáp trực tuyến giúp người nộp thuế tìm câu trả lời mọi lúc, mọi nơi.",
    ],
  },
  {
    kind: "COLLECTIVE",
    title: "tapthe",
    status: "HONOURED",
    unitCode: "KH-VP",
    collectiveSize: 18,
    name: "Phòng Hành chính – Văn thư, Văn phòng Bộ Khoa học và Công nghệ",
    intro: "Phòng là đầu mối tiếp nhận, phát hành văn bản và vận hành hệ thống quản lý văn bản điện tử của Bộ.",
    highlights: [
      "**100% văn bản** đi, đến (trừ văn bản mật) được xử lý trên môi trường điện tử",
      "Áp dụng **chữ ký số** cho văn bản phát hành, tiết kiệm đáng kể chi phí in ấn, gửi nhận",
      "Hỗ trợ các đơn vị **lập hồ sơ điện tử**, nộp lưu đúng quy định",
    ],
    citation:
      "Tập thể tiên phong xây dựng cơ quan điện tử: đưa toàn bộ văn bản đi, đến lên môi trường số, áp dụng chữ ký số, tiết kiệm thời gian và chi phí, phục vụ lãnh đạo Bộ chỉ đạo, điều hành nhanh chóng.",
    story: [
      "Chỉ vài năm trước, mỗi ngày Phòng Hành chính – Văn thư vẫn phân loại, chuyển hàng trăm văn bản giấy đến các đơn vị. Tập thể phòng quyết tâm đổi mới: số hóa văn bản đến, ký số văn bản đi và hướng dẫn từng đơn vị xử lý trên hệ thống.",
      "Nay toàn bộ văn bản không mật được xử lý trên môi trường điện tử; thời gian chuyển văn bản rút từ vài ngày xuống vài phút. Kinh nghiệm của phòng được chia sẻ với nhiều cơ quan trong khối.",
    ],
  },
  {
    kind: "COLLECTIVE",
    title: "tapthe",
    status: "HONOURED",
    unitCode: "NV-VKH",
    collectiveSize: 12,
    name: "Phòng Nghiên cứu tổ chức bộ máy, Viện Khoa học tổ chức nhà nước và lao động",
    intro: "Phòng nghiên cứu, tham mưu các giải pháp về tổ chức bộ máy hành chính nhà nước.",
    highlights: [
      "Thực hiện **nhiều nhiệm vụ khoa học** phục vụ sắp xếp, tinh gọn tổ chức bộ máy",
      "Cung cấp **luận cứ khoa học** cho việc xây dựng các đề án lớn về tổ chức bộ máy",
      "Tổ chức **hội thảo khoa học** với chuyên gia trong và ngoài nước",
    ],
    citation:
      "Tập thể nghiên cứu nghiêm túc, bám sát thực tiễn; cung cấp nhiều luận cứ khoa học có giá trị cho việc sắp xếp, tinh gọn tổ chức bộ máy hành chính nhà nước.",
    story: [
      "Những nghiên cứu của Phòng Nghiên cứu tổ chức bộ máy hiếm khi xuất hiện trên báo chí, nhưng lại có mặt trong nhiều đề án quan trọng về sắp xếp tổ chức bộ máy. Mười hai cán bộ của phòng luôn khảo sát tại địa phương trước khi đưa ra khuyến nghị.",
      "Phòng chủ trì nhiều nhiệm vụ khoa học, tổ chức hội thảo với chuyên gia trong và ngoài nước; các khuyến nghị được cơ quan có thẩm quyền tiếp thu, góp phần xây dựng bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả.",
    ],
  },
  {
    kind: "COLLECTIVE",
    title: "tapthe",
    status: "NOT_SELECTED",
    unitCode: "NG-HV",
    collectiveSize: 22,
    name: "Phòng Hành chính – Tổng hợp, Học viện Ngoại giao",
    intro: "Phòng bảo đảm công tác hành chính, tổng hợp phục vụ hoạt động đào tạo, nghiên cứu của Học viện.",
    highlights: [
      "Bảo đảm **hậu cần** cho các hội thảo quốc tế",
      "Triển khai **phần mềm quản lý văn bản**",
      "Thực hành tiết kiệm trong chi tiêu hành chính",
    ],
    citation: "Tập thể đoàn kết, hoàn thành tốt nhiệm vụ bảo đảm hành chính, hậu cần phục vụ hoạt động của Học viện.",
  },
  {
    kind: "COLLECTIVE",
    title: "tapthe",
    status: "REJECTED",
    unitCode: "VPCP-QT2",
    collectiveSize: 30,
    name: "Phòng Quản trị, Cục Hành chính – Quản trị II",
    intro: "Phòng quản lý cơ sở vật chất, bảo đảm điều kiện làm việc tại trụ sở phía Nam.",
    highlights: [
      "Bảo đảm **an toàn tuyệt đối** các sự kiện tại trụ sở",
      "Triển khai **quản lý tài sản bằng phần mềm**",
      "Tiết kiệm **10% chi phí điện năng** so với năm trước",
    ],
    citation: "Tập thể tận tụy bảo đảm cơ sở vật chất, điều kiện làm việc, phục vụ tốt các hoạt động tại trụ sở.",
  },
];
