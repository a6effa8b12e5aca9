"""The catalogue of document words: English text → Simplified Chinese, Vietnamese, Thai.

Keys are the English texts exactly as the renderers print them (``{fields}`` are
filled after the lookup). Words that read the same in every language (Incoterm, ETD,
ETA, CO2e, TEU, #) are not listed.
"""

from __future__ import annotations

from booking_app.documents.model import DEFAULT_TERMS

_TERMS_ZH = (
    "费用以报价币种报价；其他币种的费用行已按所示汇率折算，汇率固定于报价日期。",
    "运价以订舱时的舱位和设备供应情况为准。",
    "除非列明，关税、税费、查验费、仓储费和滞期费均不包括在内。",
    "所有业务均按本公司标准交易条款办理。",
)
_TERMS_VI = (
    "Chi phí được báo theo tiền tệ của báo giá; các dòng bằng tiền tệ khác đã được quy "
    "đổi theo tỷ giá ghi bên dưới, cố định vào ngày báo giá.",
    "Giá cước tùy thuộc vào chỗ và thiết bị còn trống tại thời điểm đặt chỗ.",
    "Thuế, phí, kiểm hóa, lưu kho và phí lưu container không bao gồm trừ khi được liệt kê.",
    "Mọi giao dịch được thực hiện theo các điều kiện kinh doanh tiêu chuẩn của công ty.",
)
_TERMS_TH = (
    "ค่าบริการเสนอในสกุลเงินของใบเสนอราคา รายการในสกุลเงินอื่นแปลงตามอัตราแลกเปลี่ยนที่แสดง "
    "ซึ่งกำหนดไว้ ณ วันที่เสนอราคา",
    "อัตราค่าขนส่งขึ้นอยู่กับระวางและอุปกรณ์ที่มีอยู่ในขณะจอง",
    "ไม่รวมอากร ภาษี ค่าตรวจสินค้า ค่าเก็บรักษา และค่าเสียเวลา เว้นแต่จะระบุไว้",
    "ธุรกรรมทั้งหมดดำเนินการภายใต้เงื่อนไขการค้ามาตรฐานของบริษัท",
)

#: English text → (Simplified Chinese, Vietnamese, Thai).
_WORDS: dict[str, tuple[str, str, str]] = {
    "Quotation": ("报价单", "Báo giá", "ใบเสนอราคา"),
    "Quotation no.": ("报价单号", "Số báo giá", "เลขที่ใบเสนอราคา"),
    "Date": ("日期", "Ngày", "วันที่"),
    "Valid until": ("有效期至", "Hiệu lực đến", "ใช้ได้ถึง"),
    "Currency": ("币种", "Tiền tệ", "สกุลเงิน"),
    "Status": ("状态", "Trạng thái", "สถานะ"),
    "CANCELLED": ("已取消", "ĐÃ HỦY", "ยกเลิกแล้ว"),
    "NOT CONFIRMED": ("未确认", "CHƯA XÁC NHẬN", "ยังไม่ยืนยัน"),
    "Route": ("路线", "Tuyến vận chuyển", "เส้นทาง"),
    "Charges": ("费用", "Chi phí", "ค่าบริการ"),
    "{number} rev. {revision}": ("{number} 第 {revision} 版", "{number} bản {revision}",
                                 "{number} ฉบับที่ {revision}"),
    "Quotation {number}": ("报价单 {number}", "Báo giá {number}", "ใบเสนอราคา {number}"),
    "{company} · Quotation {number}": ("{company} · 报价单 {number}",
                                       "{company} · Báo giá {number}",
                                       "{company} · ใบเสนอราคา {number}"),
    "Printed {when}": ("打印于 {when}", "In lúc {when}", "พิมพ์เมื่อ {when}"),
    "Page {page} of {pages}": ("第 {page} 页，共 {pages} 页", "Trang {page}/{pages}",
                               "หน้า {page} จาก {pages}"),
    "Customer": ("客户", "Khách hàng", "ลูกค้า"),
    "Shipper": ("发货人", "Người gửi hàng", "ผู้ส่งสินค้า"),
    "Consignee": ("收货人", "Người nhận hàng", "ผู้รับสินค้า"),
    "Ship date": ("发运日期", "Ngày gửi hàng", "วันที่ส่งสินค้า"),
    "Transit": ("运输时间", "Vận chuyển", "ระยะเวลาขนส่ง"),
    "{days} days": ("{days} 天", "{days} ngày", "{days} วัน"),
    "Cargo": ("货物", "Hàng hóa", "สินค้า"),
    "Goods": ("品名", "Mô tả hàng", "รายละเอียดสินค้า"),
    "DANGEROUS GOODS": ("危险品", "HÀNG NGUY HIỂM", "สินค้าอันตราย"),
    "Not dangerous goods": ("非危险品", "Không phải hàng nguy hiểm", "ไม่ใช่สินค้าอันตราย"),
    "at the terminal by {date}": ("须于 {date} 前到达场站", "có mặt tại bến trước {date}",
                                  "ถึงท่าภายใน {date}"),
    "Mode": ("运输方式", "Phương thức", "รูปแบบ"),
    "From": ("起运地", "Từ", "จาก"),
    "To": ("目的地", "Đến", "ถึง"),
    "Carrier": ("承运人", "Hãng vận chuyển", "ผู้ขนส่ง"),
    "Days": ("天数", "Ngày", "วัน"),
    "≈ {kg} kg CO2e for the whole route (estimate)": (
        "全程约 {kg} kg CO2e（估算）", "≈ {kg} kg CO2e cho cả tuyến (ước tính)",
        "≈ {kg} kg CO2e ตลอดเส้นทาง (ประมาณการ)",
    ),
    "CO2e estimate not available for every leg (a place has no coordinates)": (
        "并非每一段都有 CO2e 估算（某地点没有坐标）",
        "Không có ước tính CO2e cho mọi chặng (một địa điểm không có tọa độ)",
        "ไม่มีค่าประมาณ CO2e สำหรับทุกช่วง (บางสถานที่ไม่มีพิกัด)",
    ),
    "Estimate by the ISO 14083 method (well-to-wheel); intensities: {source} ({year}); "
    "sea distances: searoute marine network.": (
        "按 ISO 14083 方法估算（油井到车轮）；排放强度：{source}（{year}）；"
        "海运距离：searoute 海运网络。",
        "Ước tính theo phương pháp ISO 14083 (well-to-wheel); cường độ phát thải: {source} "
        "({year}); khoảng cách đường biển: mạng hàng hải searoute.",
        "ประมาณการตามวิธี ISO 14083 (well-to-wheel) ค่าความเข้มการปล่อย: {source} ({year}) "
        "ระยะทางทะเล: เครือข่ายทางทะเล searoute",
    ),
    "(minimum)": ("（最低收费）", "(mức tối thiểu)", "(ขั้นต่ำ)"),
    "(maximum)": ("（最高收费）", "(mức tối đa)", "(สูงสุด)"),
    "(included)": ("（已包含）", "(đã bao gồm)", "(รวมแล้ว)"),
    "included": ("已包含", "đã bao gồm", "รวมแล้ว"),
    "per container": ("每箱", "mỗi container", "ต่อตู้"),
    "per truck": ("每车", "mỗi xe", "ต่อคัน"),
    "per shipment": ("每票", "mỗi lô hàng", "ต่อการขนส่ง"),
    "per kg": ("每公斤", "mỗi kg", "ต่อ กก."),
    "per W/M": ("每计费吨", "mỗi W/M", "ต่อ W/M"),
    "percent": ("百分比", "phần trăm", "ร้อยละ"),
    "Code": ("代码", "Mã", "รหัส"),
    "Description": ("说明", "Diễn giải", "รายการ"),
    "Basis": ("计费方式", "Cách tính", "หน่วยคิด"),
    "Quantity": ("数量", "Số lượng", "จำนวน"),
    "Unit price": ("单价", "Đơn giá", "ราคาต่อหน่วย"),
    "Line amount": ("金额", "Thành tiền", "จำนวนเงิน"),
    "Amount {currency}": ("金额 {currency}", "Số tiền {currency}", "จำนวนเงิน {currency}"),
    "Leg {n}": ("第 {n} 段", "Chặng {n}", "ช่วงที่ {n}"),
    "chargeable {quantity}{unit}": ("计费 {quantity}{unit}", "tính cước {quantity}{unit}",
                                    "คิดค่าขนส่ง {quantity}{unit}"),
    "Subtotal leg {n}": ("第 {n} 段小计", "Cộng chặng {n}", "รวมช่วงที่ {n}"),
    "Total {currency}": ("合计 {currency}", "Tổng cộng {currency}", "รวมทั้งสิ้น {currency}"),
    "Exchange rates used (units per USD, fixed on {date}): {rates}": (
        "所用汇率（每美元折合单位，固定于 {date}）：{rates}",
        "Tỷ giá đã dùng (đơn vị trên 1 USD, cố định ngày {date}): {rates}",
        "อัตราแลกเปลี่ยนที่ใช้ (หน่วยต่อ 1 USD กำหนด ณ {date}): {rates}",
    ),
    "Terms and notes": ("条款与备注", "Điều khoản và ghi chú", "เงื่อนไขและหมายเหตุ"),
    "Notes": ("备注", "Ghi chú", "หมายเหตุ"),
    "Booking confirmation": ("订舱确认书", "Xác nhận đặt chỗ", "ใบยืนยันการจอง"),
    "Booking confirmation {number}": ("订舱确认书 {number}", "Xác nhận đặt chỗ {number}",
                                      "ใบยืนยันการจอง {number}"),
    "{company} · Booking {number}": ("{company} · 订舱 {number}", "{company} · Đặt chỗ {number}",
                                     "{company} · การจอง {number}"),
    "Booking no.": ("订舱号", "Số đặt chỗ", "เลขที่การจอง"),
    "Booked": ("订舱时间", "Thời điểm đặt", "จองเมื่อ"),
    "Quote date": ("报价日期", "Ngày báo giá", "วันที่เสนอราคา"),
    "Clerk": ("经办人", "Nhân viên", "พนักงาน"),
    "Line": ("项目", "Dòng", "รายการ"),
    "Count": ("件数", "Số lượng", "จำนวน"),
    "L × W × H cm": ("长 × 宽 × 高 cm", "D × R × C cm", "ย × ก × ส ซม."),
    "kg / piece": ("公斤/件", "kg / kiện", "กก./ชิ้น"),
    "Weight kg": ("重量 kg", "Trọng lượng kg", "น้ำหนัก กก."),
    "Volume cbm": ("体积 cbm", "Thể tích cbm", "ปริมาตร ลบ.ม."),
    "Pieces": ("件货", "Kiện hàng", "ชิ้นสินค้า"),
    "Container {type}": ("集装箱 {type}", "Container {type}", "ตู้คอนเทนเนอร์ {type}"),
    "Truck {type}": ("卡车 {type}", "Xe tải {type}", "รถบรรทุก {type}"),
    "Total": ("合计", "Tổng cộng", "รวม"),
    "For {company}": ("{company}", "Thay mặt {company}", "ในนาม {company}"),
    "Accepted by the customer": ("客户确认", "Khách hàng chấp nhận", "ลูกค้ายอมรับ"),
    "Issued by {clerk} · signature": ("经办人 {clerk} · 签字", "Người lập {clerk} · chữ ký",
                                      "ออกโดย {clerk} · ลายมือชื่อ"),
    "{customer} · signature, name and date": (
        "{customer} · 签字、姓名及日期", "{customer} · chữ ký, họ tên và ngày",
        "{customer} · ลายมือชื่อ ชื่อ และวันที่",
    ),
    "Quotation {number}: {route}": ("报价单 {number}：{route}", "Báo giá {number}: {route}",
                                    "ใบเสนอราคา {number}: {route}"),
    "Dear {name},": ("尊敬的 {name}：", "Kính gửi {name},", "เรียน {name}"),
    "Dear customer,": ("尊敬的客户：", "Kính gửi quý khách,", "เรียน ลูกค้า"),
    "Please find attached our quotation {number} for {route}.": (
        "随函附上我司针对 {route} 的报价单 {number}。",
        "Xin gửi kèm báo giá {number} của chúng tôi cho {route}.",
        "ขอส่งใบเสนอราคา {number} สำหรับ {route} มาพร้อมนี้",
    ),
    "your shipment": ("贵司的货物", "lô hàng của quý khách", "การขนส่งของท่าน"),
    "Total: {total} {currency}": ("合计：{total} {currency}", "Tổng cộng: {total} {currency}",
                                  "รวม: {total} {currency}"),
    "Valid until: {date}": ("有效期至：{date}", "Hiệu lực đến: {date}", "ใช้ได้ถึง: {date}"),
    "Please reply to this message to confirm the booking or ask for changes.": (
        "如需确认订舱或修改，请回复本邮件。",
        "Vui lòng trả lời thư này để xác nhận đặt chỗ hoặc yêu cầu thay đổi.",
        "โปรดตอบกลับข้อความนี้เพื่อยืนยันการจองหรือขอเปลี่ยนแปลง",
    ),
    "Kind regards,": ("此致敬礼", "Trân trọng,", "ขอแสดงความนับถือ"),
}  # fmt: skip
for _english, _zh, _vi, _th in zip(DEFAULT_TERMS, _TERMS_ZH, _TERMS_VI, _TERMS_TH, strict=True):
    _WORDS[_english] = (_zh, _vi, _th)

#: language → English text → text.
CATALOGUE: dict[str, dict[str, str]] = {
    language: {english: texts[n] for english, texts in _WORDS.items()}
    for n, language in enumerate(("zh_CN", "vi", "th"))
}

#: language → transport mode code → name.
MODES: dict[str, dict[str, str]] = {
    "zh_CN": {"sea_fcl": "海运整箱", "sea_lcl": "海运拼箱", "rail_fcl": "铁路整箱",
              "rail_lcl": "铁路拼箱", "road_ftl": "公路整车", "road_ltl": "公路零担",
              "air": "空运"},
    "vi": {"sea_fcl": "Đường biển FCL", "sea_lcl": "Đường biển LCL",
           "rail_fcl": "Đường sắt FCL", "rail_lcl": "Đường sắt LCL",
           "road_ftl": "Xe tải nguyên chuyến", "road_ltl": "Xe tải ghép",
           "air": "Hàng không"},
    "th": {"sea_fcl": "ทางทะเล FCL", "sea_lcl": "ทางทะเล LCL", "rail_fcl": "ทางราง FCL",
           "rail_lcl": "ทางราง LCL", "road_ftl": "รถบรรทุกเต็มคัน",
           "road_ltl": "รถบรรทุกไม่เต็มคัน", "air": "ทางอากาศ"},
}  # fmt: skip

#: language → booking status → as printed in the facts.
STATUSES: dict[str, dict[str, str]] = {
    "zh_CN": {"draft": "草稿", "quoted": "已报价", "confirmed": "已确认",
              "cancelled": "已取消", "lost": "未成交", "expired": "已过期"},
    "vi": {"draft": "NHÁP", "quoted": "ĐÃ BÁO GIÁ", "confirmed": "ĐÃ XÁC NHẬN",
           "cancelled": "ĐÃ HỦY", "lost": "KHÔNG THÀNH", "expired": "HẾT HẠN"},
    "th": {"draft": "ฉบับร่าง", "quoted": "เสนอราคาแล้ว", "confirmed": "ยืนยันแล้ว",
           "cancelled": "ยกเลิกแล้ว", "lost": "ไม่ได้งาน", "expired": "หมดอายุ"},
}  # fmt: skip
