// Criteria and award titles of the national movements, by kind of movement. Weights add up to
// 100 and titles obey lib/movements/rules.ts (movements.ts checks both before writing).
import type { TitleEligibility } from "../../../lib/generated/prisma/enums";

export interface CriterionTemplate {
  name: string;
  weight: number;
  maxScore: number;
  guidance: string;
  /** What an individual and a collective write about it (self-assessment). */
  individual: string;
  collective: string;
}

export interface TitleTemplate {
  name: string;
  eligibility: TitleEligibility;
  /** Share of the movement's nominations. */
  share: number;
  quotaTotal?: number;
  quotaPerUnit?: number;
  quotaPerUnitPercent?: number;
  approvalThresholdPercent: number;
  thresholdStrict?: boolean;
}

export interface Template {
  criteria: CriterionTemplate[];
  titles: TitleTemplate[];
}

const c = (
  name: string,
  weight: number,
  maxScore: number,
  guidance: string,
  individual: string,
  collective: string,
): CriterionTemplate => ({ name, weight, maxScore, guidance, individual, collective });

const advice = c(
  "Chất lượng và tính kịp thời của công tác tham mưu",
  30,
  10,
  "Mức độ đúng, trúng, kịp thời của văn bản, đề xuất tham mưu; tỷ lệ nhiệm vụ hoàn thành đúng hạn.",
  "Bản thân hoàn thành nhiệm vụ tham mưu đúng tiến độ, các đề xuất được lãnh đạo đánh giá cao.",
  "Tập thể hoàn thành 100% nhiệm vụ được giao, nhiều nhiệm vụ hoàn thành trước hạn.",
);
const service = c(
  "Hiệu quả phục vụ và sự hài lòng của người dân, doanh nghiệp",
  25,
  10,
  "Kết quả giải quyết công việc đúng hạn; chỉ số hài lòng, phản ánh, kiến nghị.",
  "Luôn lấy sự hài lòng của người dân, doanh nghiệp làm thước đo; không có phản ánh về thái độ phục vụ.",
  "Tỷ lệ giải quyết công việc đúng hạn cao, chỉ số hài lòng liên tục được cải thiện.",
);
const innovation = c(
  "Đổi mới, sáng kiến và cải tiến cách làm",
  20,
  10,
  "Sáng kiến, giải pháp, đề tài được công nhận; cải tiến quy trình mang lại hiệu quả đo được.",
  "Có sáng kiến, giải pháp cải tiến được áp dụng thực tế và mang lại hiệu quả rõ rệt.",
  "Tập thể có nhiều sáng kiến, cải tiến quy trình được công nhận và nhân rộng.",
);
const integrity = c(
  "Liêm chính, kỷ luật, kỷ cương và đạo đức công vụ",
  15,
  10,
  "Chấp hành nghiêm pháp luật, nội quy; không vi phạm đạo đức công vụ, không bị xử lý kỷ luật.",
  "Chấp hành nghiêm chủ trương, pháp luật và nội quy cơ quan; không vi phạm đạo đức công vụ.",
  "Tập thể đoàn kết, chấp hành nghiêm kỷ luật, kỷ cương hành chính.",
);
const influence = c(
  "Sức ảnh hưởng và lan tỏa của điển hình",
  10,
  10,
  "Mức độ được học tập, nhân rộng; được truyền thông nội bộ giới thiệu.",
  "Cách làm của bản thân được đồng nghiệp học tập, được giới thiệu trên bản tin nội bộ.",
  "Mô hình của tập thể được nhiều đơn vị đến học tập.",
);

const work = c(
  "Hoàn thành xuất sắc nhiệm vụ chuyên môn",
  40,
  10,
  "Khối lượng, chất lượng, tiến độ công việc; kết quả đánh giá, xếp loại hằng năm.",
  "Hoàn thành xuất sắc nhiệm vụ chuyên môn, được xếp loại hoàn thành xuất sắc nhiệm vụ.",
  "Tập thể hoàn thành xuất sắc kế hoạch công tác năm.",
);
const initiative = c(
  "Sáng kiến, giải pháp, đề tài khoa học",
  30,
  10,
  "Sáng kiến, đề tài được hội đồng có thẩm quyền công nhận và áp dụng.",
  "Có sáng kiến được hội đồng sáng kiến cơ sở công nhận.",
  "Tập thể có đề tài, sáng kiến được áp dụng trong toàn đơn vị.",
);
const discipline = c(
  "Chấp hành kỷ luật lao động, đạo đức công vụ",
  15,
  10,
  "Chấp hành nội quy, quy chế; không vi phạm kỷ luật.",
  "Chấp hành nghiêm kỷ luật lao động, không vi phạm quy chế làm việc.",
  "Không có cá nhân vi phạm kỷ luật trong kỳ.",
);
const unionWork = c(
  "Tham gia hoạt động công đoàn, đoàn thể",
  15,
  10,
  "Tham gia phong trào thi đua, hoạt động văn hóa, thể thao, xã hội.",
  "Tích cực tham gia các hoạt động do công đoàn phát động.",
  "Tập thể tham gia đầy đủ các phong trào, hoạt động của công đoàn.",
);

const organising = c(
  "Tổ chức hoạt động công đoàn cơ sở",
  35,
  10,
  "Chất lượng sinh hoạt, hoạt động của công đoàn cơ sở.",
  "Tổ chức tốt các hoạt động của công đoàn cơ sở, thu hút đông đảo đoàn viên.",
  "Công đoàn cơ sở hoạt động nền nếp, hiệu quả.",
);
const caring = c(
  "Chăm lo, bảo vệ quyền và lợi ích của đoàn viên",
  30,
  10,
  "Kết quả chăm lo đời sống, bảo vệ quyền lợi hợp pháp của đoàn viên.",
  "Kịp thời thăm hỏi, hỗ trợ đoàn viên khó khăn.",
  "Tổ chức nhiều hoạt động chăm lo thiết thực cho đoàn viên.",
);
const growth = c(
  "Phát triển đoàn viên, xây dựng tổ chức công đoàn vững mạnh",
  20,
  10,
  "Tỷ lệ đoàn viên, kết quả xếp loại công đoàn cơ sở.",
  "Góp phần phát triển đoàn viên mới, xây dựng công đoàn vững mạnh.",
  "Công đoàn cơ sở được xếp loại vững mạnh nhiều năm liền.",
);
const example = c(
  "Uy tín, tính gương mẫu của cán bộ công đoàn",
  15,
  10,
  "Sự tín nhiệm của đoàn viên và lãnh đạo cơ quan.",
  "Được đoàn viên tín nhiệm, lãnh đạo cơ quan ghi nhận.",
  "Ban Chấp hành đoàn kết, gương mẫu.",
);

const digital = c(
  "Ứng dụng công nghệ số, chuyển đổi số",
  15,
  10,
  "Mức độ ứng dụng công nghệ số trong công việc; dịch vụ công trực tuyến, dữ liệu số.",
  "Chủ động ứng dụng công nghệ số, sử dụng thành thạo các nền tảng số của cơ quan.",
  "Tập thể số hóa quy trình, cung cấp dịch vụ công trực tuyến toàn trình.",
);

export type TemplateKey = "advice" | "labour" | "union" | "family" | "digital";

export const templates: Record<TemplateKey, Template> = {
  advice: {
    criteria: [advice, service, innovation, integrity, influence],
    titles: [
      {
        name: "Điển hình tiên tiến",
        eligibility: "INDIVIDUAL",
        share: 0.9,
        quotaPerUnitPercent: 15,
        approvalThresholdPercent: 90,
      },
      {
        name: "Tập thể điển hình tiên tiến",
        eligibility: "COLLECTIVE",
        share: 0.1,
        quotaPerUnit: 5,
        approvalThresholdPercent: 50,
        thresholdStrict: true,
      },
    ],
  },
  labour: {
    criteria: [work, initiative, discipline, unionWork],
    titles: [
      {
        name: "Lao động giỏi",
        eligibility: "INDIVIDUAL",
        share: 0.6,
        quotaPerUnitPercent: 20,
        approvalThresholdPercent: 50,
        thresholdStrict: true,
      },
      {
        name: "Lao động sáng tạo",
        eligibility: "INDIVIDUAL",
        share: 0.3,
        quotaPerUnit: 8,
        approvalThresholdPercent: 90,
      },
      {
        name: "Tập thể lao động giỏi",
        eligibility: "COLLECTIVE",
        share: 0.1,
        quotaPerUnit: 2,
        approvalThresholdPercent: 50,
        thresholdStrict: true,
      },
    ],
  },
  union: {
    criteria: [organising, caring, growth, example],
    titles: [
      {
        name: "Cán bộ công đoàn cơ sở tiêu biểu",
        eligibility: "INDIVIDUAL",
        share: 0.85,
        quotaPerUnit: 4,
        approvalThresholdPercent: 60,
      },
      {
        name: "Công đoàn cơ sở vững mạnh tiêu biểu",
        eligibility: "COLLECTIVE",
        share: 0.15,
        quotaPerUnit: 1,
        approvalThresholdPercent: 60,
      },
    ],
  },
  family: {
    criteria: [
      work,
      { ...caring, name: "Xây dựng gia đình no ấm, tiến bộ, hạnh phúc", weight: 25 },
      { ...initiative, name: "Học tập, nâng cao trình độ", weight: 20 },
      { ...unionWork, weight: 15 },
    ],
    titles: [
      {
        name: "Giỏi việc nước, đảm việc nhà",
        eligibility: "INDIVIDUAL",
        share: 1,
        quotaPerUnitPercent: 15,
        approvalThresholdPercent: 50,
        thresholdStrict: true,
      },
    ],
  },
  digital: {
    criteria: [
      { ...advice, weight: 20 },
      { ...service, weight: 20 },
      { ...innovation, weight: 20, maxScore: 20 },
      digital,
      { ...integrity, weight: 15 },
      { ...influence, weight: 10, maxScore: 5 },
    ],
    titles: [
      {
        name: "Điển hình tiên tiến đổi mới sáng tạo",
        eligibility: "INDIVIDUAL",
        share: 0.7,
        quotaPerUnitPercent: 15,
        approvalThresholdPercent: 90,
      },
      {
        name: "Chiến sĩ chuyển đổi số",
        eligibility: "INDIVIDUAL",
        share: 0.22,
        quotaTotal: 16_000,
        quotaPerUnit: 12,
        approvalThresholdPercent: 90,
      },
      {
        name: "Bằng khen tập thể chuyển đổi số",
        eligibility: "COLLECTIVE",
        share: 0.08,
        quotaTotal: 6_000,
        quotaPerUnit: 4,
        approvalThresholdPercent: 50,
        thresholdStrict: true,
      },
    ],
  },
};
