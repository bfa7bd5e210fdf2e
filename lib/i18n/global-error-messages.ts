// The few sentences of the global error page. It replaces the root layout, so no intl provider
// reaches it, and importing the catalogs would ship both whole (≈ 50 KB gzipped) to every
// page's browser bundle. A copy of the catalogs' `errors` entries, kept equal by
// global-error-messages.test.ts.
import type { Locale } from "./config";

export interface GlobalErrorMessages {
  unavailableTitle: string;
  unavailableBody: string;
  errorTitle: string;
  errorBody: string;
  retry: string;
}

export const globalErrorMessages: Record<Locale, GlobalErrorMessages> = {
  vi: {
    unavailableTitle: "Dịch vụ tạm thời gián đoạn",
    unavailableBody: "Không kết nối được cơ sở dữ liệu. Trang sẽ tự tải lại khi dịch vụ hoạt động trở lại.",
    errorTitle: "Đã xảy ra lỗi",
    errorBody: "Yêu cầu chưa thực hiện được. Bạn có thể thử lại.",
    retry: "Thử lại",
  },
  en: {
    unavailableTitle: "Service temporarily unavailable",
    unavailableBody: "The database cannot be reached. This page reloads by itself when the service is back.",
    errorTitle: "Something went wrong",
    errorBody: "Your request could not be completed. You can try again.",
    retry: "Try again",
  },
};
