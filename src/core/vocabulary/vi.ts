import type { Vocabulary } from './types';

// Vietnamese. Words are syllables separated by spaces: terms are multi-syllable phrases.
// prettier-ignore
export const vi: Vocabulary = {
  lang: 'vi',
  theft: [
    'tin tặc', 'đánh cắp', 'bị đánh cắp', 'lấy cắp', 'mất cắp', 'bị trộm', 'trộm cắp', 'bị hack',
    'khai thác lỗ hổng', 'rút cạn', 'khóa riêng', 'khoá riêng', 'ví nóng', 'chiếm đoạt',
  ],
  'weak-theft': [
    'tấn công', 'xâm nhập', 'lỗ hổng', 'thiệt hại', 'rửa tiền',
  ],
  crypto: [
    'tiền mã hóa', 'tiền mã hoá', 'tiền điện tử', 'tiền ảo', 'tiền số', 'sàn giao dịch', 'cầu nối',
    'ví lạnh', 'ví điện tử', 'blockchain', 'token', 'stablecoin', 'bitcoin',
  ],
  arrest: [
    'bắt giữ', 'bị bắt', 'truy tố', 'khởi tố', 'kết án', 'tuyên án', 'dẫn độ',
  ],
  'victim-after': [
    'bị hack', 'bị tấn công', 'bị đánh cắp', 'bị tin tặc', 'bị trộm',
  ],
  'victim-before': [
    'vụ hack', 'vụ tấn công', 'sàn giao dịch',
  ],
  'theft-noun': [
    'vụ hack', 'vụ tấn công', 'vụ trộm',
  ],
  investigate: [
    'truy vết', 'đóng băng', 'điều tra', 'cảnh sát', 'theo',
  ],
  recovery: [
    'thu hồi', 'hoàn trả', 'bồi hoàn', 'đóng băng', 'trả lại',
  ],
  bounty: [
    'tiền thưởng', 'phần thưởng',
  ],
  suspect: [
    'nghi ngờ', 'nghi là', 'được cho là', 'có thể',
  ],
  attribute: [
    'đứng sau', 'quy trách nhiệm', 'thủ phạm',
  ],
  confirm: [
    'xác nhận', 'xác định',
  ],
  fraud: [
    'lừa đảo', 'ponzi', 'sụp đổ', 'phá sản', 'đa cấp',
  ],
  past: [
    'trước đó', 'từng', 'năm ngoái',
  ],
  hedge: [
    'khoảng', 'gần', 'hơn',
  ],
  offtopic: [
    'mã độc tống tiền', 'ransomware', 'gián điệp',
  ],
  product: [
    'ra mắt', 'phiên bản mới', 'tính năng',
  ],
  market: [
    'giá bitcoin', 'tăng giá', 'giảm giá', 'thị trường', 'nhà đầu tư', 'giao dịch quanh',
  ],
  revised: [
    'điều chỉnh lên', 'nâng lên',
  ],
  initial: [
    'ban đầu',
  ],
  total: [
    'tổng cộng', 'tổng trị giá', 'tổng giá trị', 'tổng',
  ],
};
