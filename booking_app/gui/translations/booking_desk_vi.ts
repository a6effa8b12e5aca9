<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ActionSet</name>
    <message>
        <source>&amp;New booking</source>
        <extracomment>Editor actions the window forwards to the current booking editor.</extracomment>
        <translation>Đặt chỗ mới (&amp;N)</translation>
    </message>
    <message>
        <source>Start a new booking</source>
        <translation>Bắt đầu một đặt chỗ mới</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lưu (&amp;S)</translation>
    </message>
    <message>
        <source>Save the booking (a draft until quoted)</source>
        <translation>Lưu đặt chỗ (là bản nháp cho đến khi báo giá)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>In (&amp;P)…</translation>
    </message>
    <message>
        <source>Print the quotation or confirmation on a printer</source>
        <translation>In báo giá hoặc xác nhận đặt chỗ ra máy in</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Xem trước (&amp;V)…</translation>
    </message>
    <message>
        <source>Show the quotation or confirmation in the desk</source>
        <translation>Xem báo giá hoặc xác nhận đặt chỗ ngay trong chương trình</translation>
    </message>
    <message>
        <source>&amp;Open as PDF…</source>
        <translation>Mở dạng PDF (&amp;O)…</translation>
    </message>
    <message>
        <source>The quotation or confirmation as a PDF</source>
        <translation>Báo giá hoặc xác nhận đặt chỗ dạng PDF</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Lưu P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the quotation or confirmation as a PDF file</source>
        <translation>Lưu báo giá hoặc xác nhận đặt chỗ thành tệp PDF</translation>
    </message>
    <message>
        <source>Cost s&amp;heet…</source>
        <translation>Bảng c&amp;hi phí…</translation>
    </message>
    <message>
        <source>The internal cost sheet: cost, price and margin of every line</source>
        <translation>Bảng chi phí nội bộ: chi phí, giá bán và lợi nhuận của từng dòng</translation>
    </message>
    <message>
        <source>E&amp;xport day…</source>
        <translation>&amp;Xuất trong ngày…</translation>
    </message>
    <message>
        <source>The day&apos;s bookings as CSV, XLSX or PDF, written in the background</source>
        <translation>Các đặt chỗ trong ngày dạng CSV, XLSX hoặc PDF, ghi ở chế độ nền</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sao lưu ngay…</translation>
    </message>
    <message>
        <source>A checked copy of the database, made while the desk runs</source>
        <translation>Một bản sao đã kiểm tra của cơ sở dữ liệu, tạo khi chương trình đang chạy</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>Put a backup in place of the database (the current one is kept)</source>
        <translation>Đặt bản sao lưu thay cho cơ sở dữ liệu (bản hiện tại được giữ lại)</translation>
    </message>
    <message>
        <source>&amp;Close booking</source>
        <translation>Đóng đặt &amp;chỗ</translation>
    </message>
    <message>
        <source>Close the booking&apos;s tab</source>
        <translation>Đóng thẻ của đặt chỗ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Thoát (&amp;Q)</translation>
    </message>
    <message>
        <source>Close the desk</source>
        <translation>Đóng chương trình</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Hoàn tác (&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last edit of the booking</source>
        <translation>Hoàn tác lần sửa gần nhất của đặt chỗ</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Làm lại (&amp;R)</translation>
    </message>
    <message>
        <source>Redo the edit undone</source>
        <translation>Làm lại thao tác vừa hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Tìm (&amp;F)…</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>Tìm trong danh sách hiện tại</translation>
    </message>
    <message>
        <source>Mark &amp;quoted</source>
        <translation>Đánh dấu đã báo giá (&amp;Q)</translation>
    </message>
    <message>
        <source>Save and mark as quoted</source>
        <translation>Lưu và đánh dấu đã báo giá</translation>
    </message>
    <message>
        <source>S&amp;end quotation…</source>
        <translation>Gửi báo giá (&amp;E)…</translation>
    </message>
    <message>
        <source>The quotation as an e-mail with the PDF, in the mail program; marks the booking quoted</source>
        <translation>Báo giá dạng thư điện tử kèm PDF, trong chương trình thư; đánh dấu đặt chỗ đã báo giá</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>Xá&amp;c nhận</translation>
    </message>
    <message>
        <source>Save and confirm (then read-only)</source>
        <translation>Lưu và xác nhận (sau đó chỉ xem)</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>Sử&amp;a đổi</translation>
    </message>
    <message>
        <source>Change a confirmed booking: a new revision</source>
        <translation>Thay đổi một đặt chỗ đã xác nhận: một phiên bản mới</translation>
    </message>
    <message>
        <source>Cance&amp;l booking</source>
        <translation>Hủy đặt chỗ (&amp;L)</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Hủy đặt chỗ này</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>Nhân bản (&amp;D)</translation>
    </message>
    <message>
        <source>A new booking like this one</source>
        <translation>Một đặt chỗ mới giống đặt chỗ này</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>Ngày trước (&amp;P)</translation>
    </message>
    <message>
        <source>Bookings of the day before</source>
        <translation>Các đặt chỗ của ngày hôm trước</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>&amp;Ngày sau</translation>
    </message>
    <message>
        <source>Bookings of the day after</source>
        <translation>Các đặt chỗ của ngày hôm sau</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Hôm nay (&amp;T)</translation>
    </message>
    <message>
        <source>Today&apos;s bookings</source>
        <translation>Các đặt chỗ hôm nay</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Giới thiệu (&amp;A)</translation>
    </message>
    <message>
        <source>About the booking desk</source>
        <translation>Giới thiệu về bàn đặt chỗ</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>Đặt chỗ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Rates</source>
        <translation>Giá cước (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>Đối tác (&amp;P)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Cài đặ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>Theo dõi (&amp;F)</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>Kết q&amp;uả</translation>
    </message>
    <message>
        <source>Show the %1 view</source>
        <translation>Hiện mục %1</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approval needed</source>
        <translation>Cần phê duyệt</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Người phê duyệt (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Lý do (&amp;R):</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Booking desk databases (*.sqlite3)</source>
        <translation>Cơ sở dữ liệu bàn đặt chỗ (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Booking desk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu bàn đặt chỗ (*.sqlite3 *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Replace the database with %1? The current database is kept aside.</source>
        <translation>Thay cơ sở dữ liệu bằng %1? Cơ sở dữ liệu hiện tại được cất riêng.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>The office server keeps its own backups; this desk has no file to copy.</source>
        <translation>Máy chủ văn phòng tự giữ bản sao lưu; máy này không có tệp nào để sao chép.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sao lưu thất bại</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Khôi phục thất bại</translation>
    </message>
    <message>
        <source>Restored %1; the previous database is kept as %2</source>
        <translation>Đã khôi phục %1; cơ sở dữ liệu trước được giữ là %2</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>Hãy chọn tệp khác</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Click to go to the field concerned.</source>
        <extracomment>Header fields a problem may name, as the header panel calls them.</extracomment>
        <translation>Nhấp để đến trường liên quan.</translation>
    </message>
</context>
<context>
    <name>BookingEditor</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>Not saved: the office server cannot be reached. Everything you typed is still here; save again when the desk is back online.</source>
        <translation>Chưa lưu: không kết nối được máy chủ văn phòng. Mọi thứ bạn đã nhập vẫn còn; hãy lưu lại khi kết nối trở lại.</translation>
    </message>
    <message>
        <source>Saved %1 (revision %2) as %3.</source>
        <translation>Đã lưu %1 (phiên bản %2), trạng thái %3.</translation>
    </message>
    <message>
        <source>Amending: saving makes a new revision.</source>
        <translation>Đang sửa đổi: lưu sẽ tạo một phiên bản mới.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Đặt chỗ mới</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>phiên bản %1</translation>
    </message>
    <message>
        <source>amending</source>
        <translation>đang sửa đổi</translation>
    </message>
    <message>
        <source>clerk %1</source>
        <translation>nhân viên %1</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 có thay đổi chưa được lưu. Lưu lại?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Booking desk</source>
        <translation>Bàn đặt chỗ</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Đặt chỗ</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Hàng hóa</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>Tuyến đường (&amp;R)</translation>
    </message>
    <message>
        <source>Live quote</source>
        <translation>Báo giá trực tiếp</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Lưu nháp</translation>
    </message>
    <message>
        <source>Mark quoted</source>
        <translation>Đánh dấu đã báo giá</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Hủy đặt chỗ</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Sửa đổi</translation>
    </message>
    <message>
        <source>Add leg</source>
        <translation>Thêm chặng</translation>
    </message>
    <message>
        <source>Remove leg</source>
        <translation>Xóa chặng</translation>
    </message>
    <message>
        <source>Type the party&apos;s name first.</source>
        <translation>Hãy nhập tên đối tác trước.</translation>
    </message>
    <message>
        <source>Party %1 added.</source>
        <translation>Đã thêm đối tác %1.</translation>
    </message>
    <message>
        <source>Not confirmed: the ship date is before today.</source>
        <translation>Chưa xác nhận: ngày gửi hàng trước hôm nay.</translation>
    </message>
    <message>
        <source>Not confirmed: the margin is below the floor and needs an approval.</source>
        <translation>Chưa xác nhận: biên lợi nhuận dưới mức sàn và cần được phê duyệt.</translation>
    </message>
    <message>
        <source>The margin of %1 % is below the floor of %2 % (customer: %3). Who approves confirming it, and why?</source>
        <translation>Biên lợi nhuận %1 % thấp hơn mức sàn %2 % (khách hàng: %3). Ai phê duyệt xác nhận và vì sao?</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>khách hàng này</translation>
    </message>
    <message>
        <source>Cancel booking %1? This cannot be undone.
Why is it cancelled?</source>
        <translation>Hủy đặt chỗ %1? Không thể hoàn tác.
Vì sao hủy?</translation>
    </message>
    <message>
        <source>Booking %1 is cancelled.</source>
        <translation>Đặt chỗ %1 đã bị hủy.</translation>
    </message>
</context>
<context>
    <name>BookingsModel</name>
    <message>
        <source>Booking no.</source>
        <extracomment>The booking number of a row, whatever the column.</extracomment>
        <translation>Số đặt chỗ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Tuyến</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Phương thức</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Hàng hóa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Nhân viên</translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <source>counting…</source>
        <translation>đang đếm…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln booking(s)</source>
        <translation>
            <numerusform>%Ln đặt chỗ</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>Ngày (&amp;D):</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Ngày trước (Alt+Trái)</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Ngày sau (Alt+Phải)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Today&apos;s bookings (Alt+Home)</source>
        <translation>Các đặt chỗ hôm nay (Alt+Home)</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Tất cả các ngày</translation>
    </message>
    <message>
        <source>Export day…</source>
        <translation>Xuất trong ngày…</translation>
    </message>
    <message>
        <source>The day&apos;s bookings as CSV, XLSX or PDF (Ctrl+E)</source>
        <translation>Các đặt chỗ trong ngày dạng CSV, XLSX hoặc PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Trạng thái (&amp;S):</translation>
    </message>
    <message>
        <source>C&amp;lerk:</source>
        <translation>Nhân &amp;viên:</translation>
    </message>
    <message>
        <source>The whole office&apos;s bookings, yours, or one clerk&apos;s</source>
        <translation>Đặt chỗ của cả văn phòng, của bạn, hoặc của một nhân viên</translation>
    </message>
    <message>
        <source>Search: booking no., party, place or code (Ctrl+F)</source>
        <translation>Tìm: số đặt chỗ, đối tác, địa điểm hoặc mã (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
</context>
<context>
    <name>CargoPanel</name>
    <message>
        <source>Pieces</source>
        <translation>Số kiện</translation>
    </message>
    <message>
        <source>L cm</source>
        <translation>D cm</translation>
    </message>
    <message>
        <source>W cm</source>
        <translation>R cm</translation>
    </message>
    <message>
        <source>H cm</source>
        <translation>C cm</translation>
    </message>
    <message>
        <source>kg each</source>
        <translation>kg/kiện</translation>
    </message>
    <message>
        <source>Truck type</source>
        <translation>Loại xe</translation>
    </message>
    <message>
        <source>Trucks</source>
        <translation>Số xe</translation>
    </message>
    <message>
        <source>Cannot total the cargo: %1</source>
        <translation>Không thể tính tổng hàng hóa: %1</translation>
    </message>
    <message>
        <source>Gross %1 kg</source>
        <translation>Tổng trọng lượng %1 kg</translation>
    </message>
    <message>
        <source>%1 cbm</source>
        <translation>%1 m³</translation>
    </message>
    <message>
        <source>%1 W/M</source>
        <translation>%1 W/M (tấn cước)</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Totals: </source>
        <translation>Tổng: </translation>
    </message>
    <message>
        <source>Piece line %1, %2</source>
        <translation>Dòng kiện %1, %2</translation>
    </message>
    <message>
        <source>Truck line %1, %2</source>
        <translation>Dòng xe tải %1, %2</translation>
    </message>
    <message>
        <source>Pieces, or totals</source>
        <translation>Từng kiện, hoặc tổng</translation>
    </message>
    <message>
        <source>&amp;Containers and trucks</source>
        <translation>Container và xe tải (&amp;C)</translation>
    </message>
    <message>
        <source>Containers per type:</source>
        <translation>Số container theo loại:</translation>
    </message>
    <message>
        <source>Add piece line</source>
        <translation>Thêm dòng kiện</translation>
    </message>
    <message>
        <source>Remove piece line</source>
        <translation>Xóa dòng kiện</translation>
    </message>
    <message>
        <source>Add truck line</source>
        <translation>Thêm dòng xe tải</translation>
    </message>
    <message>
        <source>Remove truck line</source>
        <translation>Xóa dòng xe tải</translation>
    </message>
    <message>
        <source>&amp;Weight kg:</source>
        <translation>Trọng lượng kg (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Volume cbm:</source>
        <translation>Thể tích m³ (&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Goods:</source>
        <translation>Hàn&amp;g hóa:</translation>
    </message>
    <message>
        <source>Description of the goods</source>
        <translation>Mô tả hàng hóa</translation>
    </message>
    <message>
        <source>Dangerous goods</source>
        <translation>Hàng nguy hiểm</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>Add a charge to the leg</source>
        <extracomment>A field of a form: a line edit, a choice, or a number field.</extracomment>
        <translation>Thêm một khoản phí vào chặng</translation>
    </message>
    <message>
        <source>from the leg&apos;s markup or margin</source>
        <translation>theo tỷ lệ cộng thêm hoặc biên lợi nhuận của chặng</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>Mã (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Mô tả (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>Cách tính (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>Số lượng (&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Unit cost:</source>
        <translation>Đơn giá vốn (&amp;U):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Tiền tệ (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Sell unit price:</source>
        <translation>Đơn giá bán (&amp;S):</translation>
    </message>
    <message>
        <source>Without a sell unit price the leg&apos;s markup or margin applies.</source>
        <translation>Không có đơn giá bán thì áp dụng tỷ lệ cộng thêm hoặc biên lợi nhuận của chặng.</translation>
    </message>
</context>
<context>
    <name>ClerkFilter</name>
    <message>
        <source>All clerks</source>
        <translation>Mọi nhân viên</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Tôi (%1)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Tôi</translation>
    </message>
</context>
<context>
    <name>ClerkNameDialog</name>
    <message>
        <source>Welcome to the booking desk</source>
        <extracomment>Asks for the clerk&apos;s name: the name, or None when the clerk declines.</extracomment>
        <translation>Chào mừng đến với bàn đặt chỗ</translation>
    </message>
    <message>
        <source>Who is at this desk? Your name is printed on quotations and confirmations (&quot;Issued by …&quot;) and kept with each booking. You can change it later in Settings (Ctrl+4).</source>
        <translation>Ai đang làm việc tại bàn này? Tên của bạn được in trên báo giá và xác nhận (&quot;Người lập …&quot;) và được lưu cùng mỗi đặt chỗ. Bạn có thể đổi tên sau trong Cài đặt (Ctrl+4).</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Tên của bạn:</translation>
    </message>
    <message>
        <source>e.g. Nguyen Van An</source>
        <translation>ví dụ: Nguyễn Văn An</translation>
    </message>
</context>
<context>
    <name>Completer</name>
    <message>
        <source>city</source>
        <translation>thành phố</translation>
    </message>
    <message>
        <source>port</source>
        <translation>cảng</translation>
    </message>
    <message>
        <source>airport</source>
        <translation>sân bay</translation>
    </message>
    <message>
        <source>rail terminal</source>
        <translation>ga đường sắt</translation>
    </message>
    <message>
        <source>border crossing</source>
        <translation>cửa khẩu</translation>
    </message>
    <message>
        <source>inland depot</source>
        <translation>cảng cạn</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>cannot open the database %1: %2</source>
        <extracomment>What the clerk chose: (&quot;open&quot;, a database), (&quot;restore&quot;, a backup) or (&quot;quit&quot;, None).</extracomment>
        <translation>không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Open another database, restore a backup, or quit.</source>
        <translation>Hãy mở cơ sở dữ liệu khác, khôi phục bản sao lưu, hoặc thoát.</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Mở tệp khác…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Booking desk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu bàn đặt chỗ (*.sqlite3 *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bản sao lưu (*.sqlite3 *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Booking desk</source>
        <translation>Bàn đặt chỗ</translation>
    </message>
    <message>
        <source>internal error (%1); the details are in %2</source>
        <translation>lỗi nội bộ (%1); chi tiết nằm trong %2</translation>
    </message>
    <message>
        <source>Everything saved so far is kept.</source>
        <translation>Mọi thứ đã lưu đến giờ vẫn được giữ.</translation>
    </message>
</context>
<context>
    <name>DayEdit</name>
    <message>
        <source>t: today; +3: in three days; -1: yesterday</source>
        <translation>t: hôm nay; +3: ba ngày nữa; -1: hôm qua</translation>
    </message>
</context>
<context>
    <name>DayExporter</name>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV cho Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF list (*.pdf)</source>
        <translation>Danh sách PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the bookings of %1</source>
        <translation>Xuất các đặt chỗ ngày %1</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Đang có một lần xuất chạy.</translation>
    </message>
    <message>
        <source>Export day</source>
        <translation>Xuất trong ngày</translation>
    </message>
    <message>
        <source>Exporting the bookings of %1…</source>
        <translation>Đang xuất các đặt chỗ ngày %1…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Đang xuất ra %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n booking(s) to %1.</source>
        <translation>
            <numerusform>Đã xuất %n đặt chỗ ra %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Xuất không thành công.</translation>
    </message>
    <message>
        <source>The bookings could not be exported:
%1</source>
        <translation>Không thể xuất các đặt chỗ:
%1</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Cannot read %1</source>
        <extracomment>The PDF Ctrl+P wrote last, and whether it is opened in the system&apos;s viewer.</extracomment>
        <translation>Không đọc được %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s).</source>
        <translation>
            <numerusform>Đã in %n trang.</numerusform>
        </translation>
    </message>
    <message>
        <source>No folder for temporary files.</source>
        <translation>Không có thư mục cho tệp tạm.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Chưa in: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Cost sheet (internal)</source>
        <translation>Bảng chi phí (nội bộ)</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Xác nhận đặt chỗ</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Báo giá</translation>
    </message>
    <message>
        <source>Saved %1, but no program could open it. Open the file from its folder, or install a PDF viewer.</source>
        <translation>Đã lưu %1, nhưng không có chương trình nào mở được tệp. Hãy mở tệp từ thư mục chứa nó, hoặc cài một trình xem PDF.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Chứng từ</translation>
    </message>
    <message>
        <source>%1 must be saved before it is printed. Save it now?</source>
        <translation>Cần lưu %1 trước khi in. Lưu ngay?</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>Lưu trước</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Không khởi động được máy in.</translation>
    </message>
    <message>
        <source>The printer stopped.</source>
        <translation>Máy in đã dừng.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No bookings yet.

%1  a new booking
%2  the rates: import a rate sheet there (Alt+R)
%3  the settings: your name and the company&apos;s letterhead</source>
        <translation>Chưa có đặt chỗ nào.

%1  đặt chỗ mới
%2  biểu giá: nhập bảng giá tại đó (Alt+R)
%3  cài đặt: tên của bạn và tiêu đề thư của công ty</translation>
    </message>
    <message>
        <source>No bookings on this day match.

%1 / %2  the day before / after,  %3  today
%4  search every day (tick All days)
%5  a new booking</source>
        <translation>Không có đặt chỗ nào phù hợp trong ngày này.

%1 / %2  ngày trước / ngày sau,  %3  hôm nay
%4  tìm trong mọi ngày (đánh dấu Mọi ngày)
%5  đặt chỗ mới</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <extracomment>The booking number of a row, whatever the column. Statuses listed: quotes still to chase, and (on demand) those decided. Expired quotes stay in the list this many days after their validity (still worth a call). A quote in its last days is marked as late.</extracomment>
        <translation>
            <numerusform>hết hạn %n ngày trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>last day</source>
        <translation>ngày cuối</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Days left</source>
        <translation>Còn lại (ngày)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Booking no.</source>
        <translation>Số đặt chỗ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Tuyến</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Lợi nhuận</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>%1: the margin is below the floor. Open it to record an approval.</source>
        <extracomment>The summary counts quotes ending within this many days.</extracomment>
        <translation>%1: biên lợi nhuận dưới mức sàn. Mở đặt chỗ để ghi nhận phê duyệt.</translation>
    </message>
    <message>
        <source>%1 confirmed as revision %2 at today&apos;s rates: %3 → %4.</source>
        <translation>%1 đã xác nhận thành phiên bản %2 theo giá cước hôm nay: %3 → %4.</translation>
    </message>
    <message>
        <source>%1 confirmed: won.</source>
        <translation>%1 đã xác nhận: thành công.</translation>
    </message>
    <message>
        <source>Quote %1 expired on %2.
Its total was %3; at today&apos;s rates it is %4.

Confirm it at the new price as revision %5?</source>
        <translation>Báo giá %1 đã hết hạn ngày %2.
Tổng cũ là %3; theo giá cước hôm nay là %4.

Xác nhận với giá mới thành phiên bản %5?</translation>
    </message>
    <message>
        <source>Why was %1 (%2) lost?</source>
        <translation>Vì sao %1 (%2) không thành công?</translation>
    </message>
    <message>
        <source>%1 lost: %2</source>
        <translation>%1 không thành công: %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <source>Follow-up (%1)</source>
        <translation>Theo dõi (%1)</translation>
    </message>
    <message>
        <source>%1 open · %2 ending within %3 days · %4 expired</source>
        <translation>%1 đang mở · %2 hết hạn trong %3 ngày · %4 đã hết hạn</translation>
    </message>
    <message>
        <source>Search customer, route or number</source>
        <translation>Tìm khách hàng, tuyến hoặc số</translation>
    </message>
    <message>
        <source>Show all: won, lost, long expired</source>
        <translation>Hiện tất cả: thành công, không thành công, hết hạn lâu</translation>
    </message>
    <message>
        <source>Won → confirm (W)</source>
        <translation>Thành công → xác nhận (W)</translation>
    </message>
    <message>
        <source>Lost… (L)</source>
        <translation>Không thành công… (L)</translation>
    </message>
    <message>
        <source>Re-quote (R)</source>
        <translation>Báo giá lại (R)</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Mở (Enter)</translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <source>C&amp;ustomer:</source>
        <extracomment>Incoterms 2020, the terms a clerk picks from.</extracomment>
        <translation>Khách hàng (&amp;U):</translation>
    </message>
    <message>
        <source>S&amp;hipper:</source>
        <translation>Người gửi &amp;hàng:</translation>
    </message>
    <message>
        <source>Co&amp;nsignee:</source>
        <translation>&amp;Người nhận hàng:</translation>
    </message>
    <message>
        <source>Quote &amp;date:</source>
        <translation>Ngày báo giá (&amp;D):</translation>
    </message>
    <message>
        <source>S&amp;hip date:</source>
        <translation>Ngày gửi &amp;hàng:</translation>
    </message>
    <message>
        <source>&amp;Incoterm:</source>
        <translation>Điều kiện &amp;Incoterm:</translation>
    </message>
    <message>
        <source>Quote c&amp;urrency:</source>
        <translation>Tiền tệ báo giá (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Profit:</source>
        <translation>Lợi nhuận (&amp;P):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Ghi chú (&amp;O):</translation>
    </message>
    <message>
        <source>Name, in any script</source>
        <translation>Tên, bằng bất kỳ chữ viết nào</translation>
    </message>
    <message>
        <source>Add the typed name as a new party</source>
        <translation>Thêm tên vừa nhập làm đối tác mới</translation>
    </message>
    <message>
        <source>This booking&apos;s own markup or margin; blank: profile or settings</source>
        <translation>Tỷ lệ cộng thêm hoặc biên lợi nhuận riêng của đặt chỗ này; để trống: theo hồ sơ giá hoặc cài đặt</translation>
    </message>
    <message>
        <source>Profit %</source>
        <translation>Lợi nhuận %</translation>
    </message>
    <message>
        <source>from profile</source>
        <translation>theo hồ sơ giá</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>saved</source>
        <translation>đã lưu</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>đã đặt chỗ</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>đã sửa đổi</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>đã đổi trạng thái</translation>
    </message>
    <message>
        <source>re-priced</source>
        <translation>đã tính giá lại</translation>
    </message>
    <message>
        <source>margin approved</source>
        <translation>đã duyệt biên lợi nhuận</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>bởi %1: %2</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>bản %1</translation>
    </message>
    <message>
        <source>before</source>
        <translation>trước</translation>
    </message>
    <message>
        <source>after</source>
        <translation>sau</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <source>Import refused: %1</source>
        <translation>Từ chối nhập: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Problems found in %1: %2. Nothing was imported: correct the file and import it again.</source>
        <translation>Phát hiện vấn đề trong %1: %2. Chưa nhập gì: hãy sửa tệp rồi nhập lại.</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>Sao &amp;chép danh sách</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Sea FCL</source>
        <extracomment>The source texts of ``core.vocabulary``&apos;s names, literal for ``pyside6-lupdate`` (a test checks that they are exactly the core&apos;s names: one vocabulary).</extracomment>
        <translation>Đường biển FCL</translation>
    </message>
    <message>
        <source>Sea LCL</source>
        <translation>Đường biển LCL</translation>
    </message>
    <message>
        <source>Rail FCL</source>
        <translation>Đường sắt FCL</translation>
    </message>
    <message>
        <source>Rail LCL</source>
        <translation>Đường sắt LCL</translation>
    </message>
    <message>
        <source>Truck FTL</source>
        <translation>Xe tải FTL</translation>
    </message>
    <message>
        <source>Truck LTL</source>
        <translation>Xe tải LTL</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Hàng không</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>nháp</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>đã báo giá</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>đã xác nhận</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>không thành công</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>hết hạn</translation>
    </message>
    <message>
        <source>per container</source>
        <translation>mỗi container</translation>
    </message>
    <message>
        <source>per truck</source>
        <translation>mỗi xe</translation>
    </message>
    <message>
        <source>per W/M</source>
        <translation>mỗi W/M</translation>
    </message>
    <message>
        <source>per kg</source>
        <translation>mỗi kg</translation>
    </message>
    <message>
        <source>per shipment</source>
        <translation>mỗi lô hàng</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>phần trăm</translation>
    </message>
    <message>
        <source>Markup %</source>
        <translation>Cộng thêm %</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Biên lợi nhuận %</translation>
    </message>
    <message>
        <source>markup %1 %</source>
        <translation>cộng thêm %1 %</translation>
    </message>
    <message>
        <source>margin %1 %</source>
        <translation>biên lợi nhuận %1 %</translation>
    </message>
</context>
<context>
    <name>LegsPanel</name>
    <message>
        <source>spot %1</source>
        <extracomment>What a clerk adds to a leg by hand (selling.md §4), kept in the row as JSON text. Finds carriers: (mode, origin, destination, ETD) → names.</extracomment>
        <translation>spot %1</translation>
    </message>
    <message>
        <source>Priced from an earlier ready date: a leg before this one has a problem, so its dates and price may still change</source>
        <translation>Tính giá theo ngày sẵn sàng sớm hơn: một chặng trước chặng này có vấn đề, nên ngày và giá của chặng này vẫn có thể thay đổi</translation>
    </message>
    <message>
        <source>Cargo ready {ready}; at the terminal by {cutoff}; sails {etd}</source>
        <translation>Hàng sẵn sàng {ready}; có mặt tại cảng trước {cutoff}; khởi hành {etd}</translation>
    </message>
    <message>
        <source>No schedule: departs when ready</source>
        <translation>Không có lịch: khởi hành khi hàng sẵn sàng</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Phương thức</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Hãng vận chuyển</translation>
    </message>
    <message>
        <source>ETD</source>
        <translation>Ngày đi</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Price or problem</source>
        <translation>Giá hoặc vấn đề</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Đã thêm</translation>
    </message>
    <message>
        <source>Cut-off</source>
        <translation>Hạn cắt hàng</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Rẻ nhất</translation>
    </message>
    <message>
        <source>Remove spot rate %1</source>
        <translation>Xóa giá spot %1</translation>
    </message>
    <message>
        <source>Remove charge %1</source>
        <translation>Xóa phí %1</translation>
    </message>
    <message>
        <source>Nothing added to this leg</source>
        <translation>Chưa thêm gì vào chặng này</translation>
    </message>
    <message>
        <source>Add leg</source>
        <translation>Thêm chặng</translation>
    </message>
    <message>
        <source>Add a leg starting where the last one ends (Ctrl+L)</source>
        <translation>Thêm một chặng bắt đầu nơi chặng cuối kết thúc (Ctrl+L)</translation>
    </message>
    <message>
        <source>Remove leg</source>
        <translation>Xóa chặng</translation>
    </message>
    <message>
        <source>Add charge…</source>
        <translation>Thêm phí…</translation>
    </message>
    <message>
        <source>Add a charge by hand to the leg under the cursor</source>
        <translation>Thêm thủ công một khoản phí vào chặng tại con trỏ</translation>
    </message>
    <message>
        <source>Spot rate…</source>
        <translation>Giá spot…</translation>
    </message>
    <message>
        <source>Price the leg under the cursor at a rate a carrier gave for this shipment</source>
        <translation>Tính giá chặng tại con trỏ theo mức giá hãng vận chuyển đưa cho lô hàng này</translation>
    </message>
    <message>
        <source>Remove added</source>
        <translation>Xóa mục đã thêm</translation>
    </message>
    <message>
        <source>Remove a charge or spot rate added to the leg under the cursor</source>
        <translation>Xóa khoản phí hoặc giá spot đã thêm vào chặng tại con trỏ</translation>
    </message>
    <message>
        <source>Suggest routes…</source>
        <translation>Gợi ý tuyến…</translation>
    </message>
    <message>
        <source>Every route from the first origin to the last destination, for this cargo</source>
        <translation>Mọi tuyến từ điểm đi đầu tiên đến điểm đến cuối cùng, cho lô hàng này</translation>
    </message>
</context>
<context>
    <name>LiveQuoter</name>
    <message>
        <source>Add a leg to see the quote.</source>
        <extracomment>How long the clerk pauses typing before the request is priced again.</extracomment>
        <translation>Thêm một chặng để xem báo giá.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a booking to print it.</source>
        <translation>Hãy mở một đặt chỗ để in.</translation>
    </message>
    <message>
        <source>Save the booking before printing it.</source>
        <translation>Hãy lưu đặt chỗ trước khi in.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>About the booking desk</source>
        <translation>Giới thiệu về bàn đặt chỗ</translation>
    </message>
    <message>
        <source>Quotes and bookings for freight on the China–ASEAN land-sea corridor.
Rates in the demo database are illustrative samples only.</source>
        <translation>Báo giá và đặt chỗ vận chuyển hàng hóa trên hành lang đường bộ – đường biển Trung Quốc – ASEAN.
Giá cước trong cơ sở dữ liệu mẫu chỉ mang tính minh họa.</translation>
    </message>
    <message>
        <source>Booking desk</source>
        <translation>Bàn đặt chỗ</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Đặt chỗ</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Giá cước</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>This view is not available in this build yet.</source>
        <translation>Mục này chưa có trong phiên bản này.</translation>
    </message>
    <message>
        <source>This view opens when the server is back.</source>
        <extracomment>The catalogue&apos;s views: (module, class), imported when the window is built.</extracomment>
        <translation>Màn hình này mở được khi máy chủ kết nối trở lại.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Tệp (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Sửa (&amp;E)</translation>
    </message>
    <message>
        <source>B&amp;ooking</source>
        <translation>Đặt chỗ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Xem (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ giúp (&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>A number is needed here.</source>
        <extracomment>Error codes of :class:`NumberError`.</extracomment>
        <translation>Cần nhập một số ở đây.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1” không phải số nguyên.</translation>
    </message>
    <message>
        <source>“%1” is not a threshold:rate pair, e.g. %2.</source>
        <translation>“%1” không phải cặp ngưỡng:giá, ví dụ %2.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: write it like %2.</source>
        <translation>Không đọc được “%1”: hãy viết như %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Ý bạn là %1?</translation>
    </message>
    <message>
        <source>“%1” is not a number; write it like %2.</source>
        <translation>“%1” không phải là số; hãy viết như %2.</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message numerus="yes">
        <source>Offline: the office server cannot be reached. Quotes come from this desk&apos;s copy of the rates (%n minute(s) old); bookings cannot be saved until the server is back. Nothing you type is lost.</source>
        <extracomment>How often the banner&apos;s &quot;N minutes old&quot; is brought up to date (milliseconds).</extracomment>
        <translation>
            <numerusform>Ngoại tuyến: không kết nối được máy chủ văn phòng. Báo giá lấy từ bản sao biểu giá trên máy này (cách đây %n phút); chưa lưu được đặt chỗ cho đến khi máy chủ trở lại. Những gì bạn nhập không bị mất.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
</context>
<context>
    <name>PartiesView</name>
    <message>
        <source>&amp;Search</source>
        <translation>Tìm (&amp;S)</translation>
    </message>
    <message>
        <source>name, contact, phone, email, tax id (Ctrl+F)</source>
        <translation>tên, người liên hệ, điện thoại, thư điện tử, mã số thuế (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Tê&amp;n</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>Người liên hệ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Điện thoại (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>Thư điện tử (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tax ID</source>
        <translation>Mã số &amp;thuế</translation>
    </message>
    <message>
        <source>Ne&amp;w party</source>
        <translation>Đối tác mới (&amp;W)</translation>
    </message>
    <message>
        <source>Start a new party (Insert)</source>
        <translation>Tạo một đối tác mới (Insert)</translation>
    </message>
    <message>
        <source>&amp;Save party</source>
        <translation>Lưu đối tác (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Hoàn tác thay đổi (&amp;U)</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Nhập:</translation>
    </message>
    <message>
        <source>Import &amp;parties…</source>
        <translation>Nhậ&amp;p đối tác…</translation>
    </message>
    <message>
        <source>A sheet of name, address, contact, phone, email, tax_id; a known name is updated</source>
        <translation>Bảng gồm name, address, contact, phone, email, tax_id; tên đã có sẽ được cập nhật</translation>
    </message>
    <message>
        <source>Import p&amp;ricing…</source>
        <translation>Nhập hồ sơ giá (&amp;R)…</translation>
    </message>
    <message>
        <source>A sheet of customer, mode, rule, percent, min_margin_percent</source>
        <translation>Bảng gồm customer, mode, rule, percent, min_margin_percent</translation>
    </message>
    <message>
        <source>Import se&amp;ll rates…</source>
        <translation>Nhập giá bán theo hợp đồng (&amp;L)…</translation>
    </message>
    <message>
        <source>A sheet of customers&apos; contract tariffs: customer, mode, origin, destination, equipment, basis, currency, rate, …, surcharges; all rows or none</source>
        <translation>Bảng giá hợp đồng của khách hàng: customer, mode, origin, destination, equipment, basis, currency, rate, …, surcharges; nhập tất cả các dòng hoặc không dòng nào</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Đối tác mới</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>Đối tác: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>PartyBadges</name>
    <message>
        <source>No party is called %1 yet: saving the booking adds it</source>
        <translation>Chưa có đối tác nào tên %1: lưu đặt chỗ sẽ thêm đối tác này</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>of %1</source>
        <extracomment>What a window manager&apos;s title bar and borders may take around the dialog.</extracomment>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Xem trước: %1</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>In (&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Lưu &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Mode</source>
        <extracomment>Something a screen shows as a problem: data from the services, or a sentence already in the clerk&apos;s language (a number the GUI could not read). Anything else (an unexpected exception) is shown as its text.</extracomment>
        <translation>Phương thức</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Hãng vận chuyển</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Shipper</source>
        <translation>Người gửi hàng</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>Người nhận hàng</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Điều kiện Incoterm</translation>
    </message>
    <message>
        <source>Cargo description</source>
        <translation>Mô tả hàng hóa</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Hàng hóa</translation>
    </message>
    <message>
        <source>Quote date</source>
        <translation>Ngày báo giá</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>Ngày gửi hàng</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Markup %</source>
        <translation>Cộng thêm %</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Biên lợi nhuận %</translation>
    </message>
    <message>
        <source>Extra charges</source>
        <translation>Phí bổ sung</translation>
    </message>
    <message>
        <source>Spot rate</source>
        <translation>Giá spot</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Tuyến đường</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>port</source>
        <translation>cảng</translation>
    </message>
    <message>
        <source>rail terminal</source>
        <translation>ga đường sắt</translation>
    </message>
    <message>
        <source>airport</source>
        <translation>sân bay</translation>
    </message>
    <message>
        <source>inland depot</source>
        <translation>cảng cạn</translation>
    </message>
    <message>
        <source>border crossing</source>
        <translation>cửa khẩu</translation>
    </message>
    <message>
        <source>city</source>
        <translation>thành phố</translation>
    </message>
    <message>
        <source>place</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <source>No rate from carrier {carrier} on this lane</source>
        <translation>Hãng {carrier} không có giá trên tuyến này</translation>
    </message>
    <message>
        <source>No rate on this lane</source>
        <translation>Tuyến này không có giá</translation>
    </message>
    <message>
        <source>No rate from carrier {carrier} valid on {day}</source>
        <translation>Hãng {carrier} không có giá hiệu lực vào {day}</translation>
    </message>
    <message>
        <source>No rate valid on {day}</source>
        <translation>Không có giá hiệu lực vào {day}</translation>
    </message>
    <message>
        <source>containers/trucks {units}</source>
        <translation>container/xe tải {units}</translation>
    </message>
    <message>
        <source>loose cargo</source>
        <translation>hàng lẻ</translation>
    </message>
    <message>
        <source>Air freight needs an airport: {location} is a {kind}. Its airport: {airports}</source>
        <translation>Vận chuyển hàng không cần sân bay: {location} là {kind}. Sân bay ở đó: {airports}</translation>
    </message>
    <message>
        <source>Air freight needs an airport: {location} is a {kind}, not an airport</source>
        <translation>Vận chuyển hàng không cần sân bay: {location} là {kind}, không phải sân bay</translation>
    </message>
    <message>
        <source>Choose where this leg starts (From)</source>
        <translation>Chọn nơi bắt đầu của chặng này (Từ)</translation>
    </message>
    <message>
        <source>Choose where this leg ends (To)</source>
        <translation>Chọn nơi kết thúc của chặng này (Đến)</translation>
    </message>
    <message>
        <source>Unknown location {location}</source>
        <extracomment>code → the sentence&apos;s template (``{name}`` is a parameter); a callable picks one.</extracomment>
        <translation>Địa điểm không xác định {location}</translation>
    </message>
    <message>
        <source>No departure of {carriers} within {days} days with a valid rate</source>
        <translation>{carriers} không có chuyến khởi hành nào trong {days} ngày có giá hiệu lực</translation>
    </message>
    <message>
        <source>No rate for equipment {equipment}</source>
        <translation>Không có giá cho thiết bị {equipment}</translation>
    </message>
    <message>
        <source>No rate fits {cargo} (rates here are {bases})</source>
        <translation>Không có giá phù hợp với {cargo} (giá ở đây tính {bases})</translation>
    </message>
    <message>
        <source>The spot rate does not fit {cargo}</source>
        <translation>Giá spot không phù hợp với {cargo}</translation>
    </message>
    <message>
        <source>No exchange rate for {currency} valid on {day}</source>
        <translation>Không có tỷ giá {currency} hiệu lực vào {day}</translation>
    </message>
    <message>
        <source>A booking needs: {fields}</source>
        <translation>Đặt chỗ cần có: {fields}</translation>
    </message>
    <message>
        <source>The cargo is empty: give pieces, weight/volume, containers or trucks</source>
        <translation>Hàng hóa trống: hãy nhập kiện, trọng lượng/thể tích, container hoặc xe tải</translation>
    </message>
    <message>
        <source>Leg {previous} ends at {end} but leg {leg} starts at {start}</source>
        <translation>Chặng {previous} kết thúc tại {end} nhưng chặng {leg} bắt đầu tại {start}</translation>
    </message>
    <message>
        <source>Choose the mode of this leg</source>
        <translation>Chọn phương thức của chặng này</translation>
    </message>
    <message>
        <source>Mode {value} is not known</source>
        <translation>Phương thức {value} không xác định</translation>
    </message>
    <message>
        <source>{value} is not a location code (five letters or digits)</source>
        <translation>{value} không phải mã địa điểm (năm chữ cái hoặc chữ số)</translation>
    </message>
    <message>
        <source>{field}: {value} is not a date</source>
        <translation>{field}: {value} không phải là ngày</translation>
    </message>
    <message>
        <source>{value} is not a currency code</source>
        <translation>{value} không phải mã tiền tệ</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>Thiếu {field}</translation>
    </message>
    <message>
        <source>{field}: {value} is not a number</source>
        <translation>{field}: {value} không phải là số</translation>
    </message>
    <message>
        <source>{field}: {value} is not a location code (five letters or digits)</source>
        <translation>{field}: {value} không phải mã địa điểm (năm chữ cái hoặc chữ số)</translation>
    </message>
    <message>
        <source>{field}: {value} is not a currency code</source>
        <translation>{field}: {value} không phải mã tiền tệ</translation>
    </message>
    <message>
        <source>{field}: {value} is not a date (YYYY-MM-DD)</source>
        <translation>{field}: {value} không phải ngày (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{field}: {value} is outside the years {low}–{high}</source>
        <translation>{field}: {value} nằm ngoài các năm {low}–{high}</translation>
    </message>
    <message>
        <source>{field}: {value} is not one of {choices}</source>
        <translation>{field}: {value} không thuộc {choices}</translation>
    </message>
    <message>
        <source>Unknown column {columns} (expected: {expected})</source>
        <translation>Cột không xác định {columns} (cần: {expected})</translation>
    </message>
    <message>
        <source>Missing column {columns}</source>
        <translation>Thiếu cột {columns}</translation>
    </message>
    <message>
        <source>A column appears twice</source>
        <translation>Một cột xuất hiện hai lần</translation>
    </message>
    <message>
        <source>The row has {cells} cells, the header {header}</source>
        <translation>Dòng có {cells} ô, tiêu đề có {header}</translation>
    </message>
    <message>
        <source>No rows to import</source>
        <translation>Không có dòng nào để nhập</translation>
    </message>
    <message>
        <source>Repeats the {columns} of line {first}</source>
        <translation>Lặp lại {columns} của dòng {first}</translation>
    </message>
    <message>
        <source>Cell {cell} is a formula without a calculated value: open the file in Excel and save it again</source>
        <translation>Ô {cell} là công thức chưa có giá trị tính toán: mở tệp bằng Excel và lưu lại</translation>
    </message>
    <message>
        <source>Could not import ({detail})</source>
        <translation>Không thể nhập ({detail})</translation>
    </message>
    <message>
        <source>Not allowed: {action} needs the {role} role</source>
        <translation>Không được phép: {action} cần vai trò {role}</translation>
    </message>
    <message>
        <source>Unknown setting {key}</source>
        <translation>Cài đặt không xác định {key}</translation>
    </message>
    <message>
        <source>{field}: {value} must be from {low} to {high}</source>
        <translation>{field}: {value} phải từ {low} đến {high}</translation>
    </message>
    <message>
        <source>{field}: {value} must be a whole number {low} to {high}</source>
        <translation>{field}: {value} phải là số nguyên từ {low} đến {high}</translation>
    </message>
    <message>
        <source>The price rule must be markup or margin</source>
        <translation>Quy tắc giá phải là phụ phí cộng thêm hoặc biên lợi nhuận</translation>
    </message>
    <message>
        <source>Documents language {value} is not one of {choices}</source>
        <translation>Ngôn ngữ chứng từ {value} không thuộc {choices}</translation>
    </message>
    <message>
        <source>A backup copies a database file; an office server keeps its own</source>
        <translation>Sao lưu sao chép tệp cơ sở dữ liệu; máy chủ văn phòng tự giữ bản sao lưu</translation>
    </message>
    <message>
        <source>{path} is the database itself: choose a backup file</source>
        <translation>{path} chính là cơ sở dữ liệu: hãy chọn một tệp sao lưu</translation>
    </message>
    <message>
        <source>The database {path} cannot be used</source>
        <translation>Không thể dùng cơ sở dữ liệu {path}</translation>
    </message>
    <message>
        <source>{path} is not a booking desk database</source>
        <translation>{path} không phải cơ sở dữ liệu của bàn đặt chỗ</translation>
    </message>
    <message>
        <source>The database is damaged ({detail}): restore a backup</source>
        <translation>Cơ sở dữ liệu bị hỏng ({detail}): hãy khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of the desk (schema {found} &gt; {known})</source>
        <translation>{path} được tạo bởi phiên bản mới hơn của bàn đặt chỗ (lược đồ {found} &gt; {known})</translation>
    </message>
    <message>
        <source>The database {path} is read-only: nothing was saved</source>
        <translation>Cơ sở dữ liệu {path} chỉ đọc: không có gì được lưu</translation>
    </message>
    <message>
        <source>The database is busy ({detail}): nothing was saved, try again</source>
        <translation>Cơ sở dữ liệu đang bận ({detail}): không có gì được lưu, hãy thử lại</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was saved</source>
        <translation>Ổ đĩa chứa {path} đã đầy: không có gì được lưu</translation>
    </message>
    <message>
        <source>{path} is the database (or one of its files): choose another file</source>
        <translation>{path} là cơ sở dữ liệu (hoặc một tệp của nó): hãy chọn tệp khác</translation>
    </message>
    <message>
        <source>This {what} is no longer there (removed on another desk?)</source>
        <translation>{what} này không còn nữa (đã bị xóa ở bàn khác?)</translation>
    </message>
    <message>
        <source>No party called {name}</source>
        <translation>Không có đối tác nào tên {name}</translation>
    </message>
    <message>
        <source>{value} is not an email address</source>
        <translation>{value} không phải địa chỉ email</translation>
    </message>
    <message>
        <source>A party named {name} already exists</source>
        <translation>Đã có đối tác tên {name}</translation>
    </message>
    <message>
        <source>{customer} already has a pricing row for {mode}</source>
        <translation>{customer} đã có dòng định giá cho {mode}</translation>
    </message>
    <message>
        <source>{customer} has no pricing row for {mode}</source>
        <translation>{customer} không có dòng định giá cho {mode}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Không thể ghi {path}: {reason}</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>kinh doanh</translation>
    </message>
    <message>
        <source>pricing</source>
        <translation>định giá</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>quản trị</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <source>rates</source>
        <translation>giá cước</translation>
    </message>
    <message>
        <source>surcharges</source>
        <translation>phụ phí</translation>
    </message>
    <message>
        <source>FX rates</source>
        <translation>tỷ giá</translation>
    </message>
    <message>
        <source>pricing profiles</source>
        <translation>hồ sơ định giá</translation>
    </message>
    <message>
        <source>sell tariffs</source>
        <translation>biểu giá bán</translation>
    </message>
    <message>
        <source>schedules</source>
        <translation>lịch tàu</translation>
    </message>
    <message>
        <source>office settings</source>
        <translation>cài đặt văn phòng</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>reading this</source>
        <translation>đọc mục này</translation>
    </message>
    <message>
        <source>importing {what}</source>
        <translation>nhập {what}</translation>
    </message>
    <message>
        <source>changing {what}</source>
        <translation>thay đổi {what}</translation>
    </message>
    <message>
        <source>party</source>
        <translation>đối tác</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>giá cước</translation>
    </message>
    <message>
        <source>tariff row</source>
        <translation>dòng biểu giá</translation>
    </message>
    <message>
        <source>schedule row</source>
        <translation>dòng lịch tàu</translation>
    </message>
    <message>
        <source>every mode</source>
        <translation>mọi phương thức</translation>
    </message>
    <message>
        <source>{field} must not be negative</source>
        <translation>{field} không được âm</translation>
    </message>
    <message>
        <source>{field} must be a whole number</source>
        <translation>{field} phải là số nguyên</translation>
    </message>
    <message>
        <source>Margin {margin} % is below the floor of {floor} % for {customer}: needs approval</source>
        <translation>Biên lợi nhuận {margin} % thấp hơn mức sàn {floor} % của {customer}: cần phê duyệt</translation>
    </message>
    <message>
        <source>{booking_no} is cancelled and cannot be changed</source>
        <translation>{booking_no} đã hủy và không thể thay đổi</translation>
    </message>
    <message>
        <source>A {current} booking cannot become {new}</source>
        <translation>Đặt chỗ {current} không thể chuyển thành {new}</translation>
    </message>
    <message>
        <source>{booking_no} has no price yet: enter a rate for every leg</source>
        <translation>{booking_no} chưa có giá: hãy nhập giá cho mọi chặng</translation>
    </message>
    <message>
        <source>Give a markup or a margin, not both</source>
        <translation>Nhập cộng thêm hoặc biên lợi nhuận, không nhập cả hai</translation>
    </message>
    <message>
        <source>A margin must be below 100 %</source>
        <translation>Biên lợi nhuận phải dưới 100 %</translation>
    </message>
    <message>
        <source>Cannot reach the office server {target}: {reason}</source>
        <translation>Không kết nối được máy chủ văn phòng {target}: {reason}</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>khách hàng này</translation>
    </message>
    <message>
        <source>(no rate for equipment {equipment})</source>
        <translation>(không có giá cho thiết bị {equipment})</translation>
    </message>
    <message>
        <source>Leg {leg} ({mode} {origin} → {destination})</source>
        <translation>Chặng {leg} ({mode} {origin} → {destination})</translation>
    </message>
    <message>
        <source>Leg {leg}</source>
        <translation>Chặng {leg}</translation>
    </message>
    <message>
        <source>{head}: {problem}</source>
        <translation>{head}: {problem}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>New pricing row for %1</source>
        <translation>Dòng hồ sơ giá mới cho %1</translation>
    </message>
    <message>
        <source>Pricing row of %1</source>
        <translation>Dòng hồ sơ giá của %1</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>Phương thức (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>Quy tắc (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Percent</source>
        <translation>&amp;Phần trăm</translation>
    </message>
    <message>
        <source>Min. mar&amp;gin %</source>
        <translation>Biên lợi nhuận tối thiểu % (&amp;G)</translation>
    </message>
    <message>
        <source>every mode</source>
        <translation>mọi phương thức</translation>
    </message>
    <message>
        <source>blank: the settings&apos; floor</source>
        <translation>để trống: mức sàn trong cài đặt</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
</context>
<context>
    <name>ProfilesBox</name>
    <message>
        <source>every mode</source>
        <translation>mọi phương thức</translation>
    </message>
    <message>
        <source>Pricing profile</source>
        <translation>Hồ sơ giá</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Phương thức</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>%</source>
        <translation>Tỷ lệ %</translation>
    </message>
    <message>
        <source>Min. margin %</source>
        <translation>Biên LN tối thiểu %</translation>
    </message>
    <message>
        <source>Add &amp;row…</source>
        <translation>Thêm dòng (&amp;R)…</translation>
    </message>
    <message>
        <source>Ed&amp;it row…</source>
        <translation>Sửa dòng (&amp;I)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>Xóa dòng (&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Xóa dòng đã chọn (Delete)</translation>
    </message>
    <message>
        <source>Save the party first to give it a pricing profile.</source>
        <translation>Hãy lưu đối tác trước rồi mới đặt hồ sơ giá.</translation>
    </message>
    <message>
        <source>No profile: the settings&apos; default price and floor apply.</source>
        <translation>Không có hồ sơ giá: áp dụng giá và mức sàn mặc định trong cài đặt.</translation>
    </message>
    <message>
        <source>A mode&apos;s row wins over the every-mode row.</source>
        <translation>Dòng của một phương thức được ưu tiên hơn dòng mọi phương thức.</translation>
    </message>
    <message>
        <source>Each leg takes the row of its mode, else the every-mode row, else the settings&apos; default; a request&apos;s own markup or margin wins over all. The floor comes from the first leg&apos;s row, else the every-mode row.</source>
        <translation>Mỗi chặng lấy dòng của phương thức của nó, nếu không có thì dòng mọi phương thức, nếu không nữa thì mặc định trong cài đặt; tỷ lệ cộng thêm hoặc biên lợi nhuận riêng của yêu cầu được ưu tiên hơn tất cả. Mức sàn lấy từ dòng của chặng đầu tiên, nếu không có thì từ dòng mọi phương thức.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Chưa xóa: %1</translation>
    </message>
    <message>
        <source>Row removed.</source>
        <translation>Đã xóa dòng.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <extracomment>Qt&apos;s own file dialog (its labels and buttons) and the file list&apos;s column headers.</extracomment>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <extracomment>The GNOME theme&apos;s own texts for the buttons it names differently.</extracomment>
        <translation>Đồng ý(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <extracomment>The message box&apos;s own buttons for its details text.</extracomment>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s generic theme: standard button → (context, source text), as Qt looks it up.</extracomment>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không với tất &amp;cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QuotationSender</name>
    <message>
        <source>Open a booking to send its quotation.</source>
        <translation>Hãy mở một đặt chỗ để gửi báo giá.</translation>
    </message>
    <message>
        <source>Only a draft or quoted booking can be sent as a quotation.</source>
        <translation>Chỉ đặt chỗ nháp hoặc đã báo giá mới gửi được báo giá.</translation>
    </message>
    <message>
        <source>No folder for temporary files.</source>
        <translation>Không có thư mục cho tệp tạm.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Chưa gửi: %1</translation>
    </message>
    <message>
        <source>Quotation %1 handed to the mail program; the booking is %2.</source>
        <translation>Đã chuyển báo giá %1 cho chương trình thư; đặt chỗ ở trạng thái %2.</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <source>Show cost</source>
        <extracomment>The exact text (as the services gave it) of a money or quantity cell. The line fields shown, as the quote JSON names them (the margin column follows them). The columns hidden while a customer looks at the screen.</extracomment>
        <translation>Hiện chi phí</translation>
    </message>
    <message>
        <source>Hide cost</source>
        <translation>Ẩn chi phí</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>Total: not known while leg %1 cannot be priced</source>
        <translation>Tổng: chưa biết khi chặng %1 chưa tính được giá</translation>
    </message>
    <message>
        <source>Total: not known while legs %1 cannot be priced</source>
        <translation>Tổng: chưa biết khi các chặng %1 chưa tính được giá</translation>
    </message>
    <message>
        <source>Total: not priced</source>
        <translation>Tổng: chưa tính giá</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <source>Ccy</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Đơn giá vốn</translation>
    </message>
    <message>
        <source>Cost amount</source>
        <translation>Thành tiền vốn</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>Chi phí %1</translation>
    </message>
    <message>
        <source>Sell qty</source>
        <translation>SL bán</translation>
    </message>
    <message>
        <source>Sell unit</source>
        <translation>Đơn giá bán</translation>
    </message>
    <message>
        <source>Sell ccy</source>
        <translation>Tiền tệ bán</translation>
    </message>
    <message>
        <source>Sell amount</source>
        <translation>Thành tiền bán</translation>
    </message>
    <message>
        <source>Price %1</source>
        <translation>Giá bán %1</translation>
    </message>
    <message>
        <source>Margin %1</source>
        <translation>Lợi nhuận %1</translation>
    </message>
    <message>
        <source>Saved total: %1</source>
        <translation>Tổng đã lưu: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Tổng: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Chi phí: %1</translation>
    </message>
    <message>
        <source>Margin: %1 (%2 %)</source>
        <translation>Lợi nhuận: %1 (%2 %)</translation>
    </message>
    <message>
        <source>below the floor of %1 %</source>
        <translation>dưới mức sàn %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Transit: %n day(s)</source>
        <translation>
            <numerusform>Thời gian vận chuyển: %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>FX per USD on %1: %2</source>
        <translation>Tỷ giá theo USD ngày %1: %2</translation>
    </message>
    <message>
        <source>≈ %1 kg CO2e (estimate)</source>
        <translation>≈ %1 kg CO2e (ước tính)</translation>
    </message>
    <message>
        <source>Margin %1 % is below the floor of %2 % (customer: %3): confirming needs an approver and a reason.</source>
        <translation>Biên lợi nhuận %1 % thấp hơn mức sàn %2 % (khách hàng: %3): cần người phê duyệt và lý do để xác nhận.</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>khách hàng này</translation>
    </message>
    <message>
        <source>Leg %1</source>
        <translation>Chặng %1</translation>
    </message>
    <message>
        <source>provisional: an earlier leg has a problem</source>
        <translation>tạm tính: một chặng trước có vấn đề</translation>
    </message>
    <message>
        <source>Cannot be priced: %1</source>
        <translation>Không thể tính giá: %1</translation>
    </message>
    <message>
        <source>chargeable %1</source>
        <translation>tính cước %1</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>thủ công</translation>
    </message>
    <message>
        <source>spot rate</source>
        <translation>giá spot</translation>
    </message>
    <message>
        <source>contract tariff</source>
        <translation>giá hợp đồng</translation>
    </message>
    <message>
        <source>included</source>
        <translation>đã gồm</translation>
    </message>
    <message>
        <source>Hide the cost and margin while a customer looks at the screen (%1)</source>
        <translation>Ẩn chi phí và lợi nhuận khi khách hàng nhìn màn hình (%1)</translation>
    </message>
</context>
<context>
    <name>RateDetails</name>
    <message>
        <source>Breaks of the selected rate</source>
        <translation>Các bậc giá của mức giá đã chọn</translation>
    </message>
    <message>
        <source>Surcharges that can apply to it</source>
        <translation>Phụ phí có thể áp dụng</translation>
    </message>
    <message>
        <source>Exchange rates (units per USD)</source>
        <translation>Tỷ giá (đơn vị mỗi USD)</translation>
    </message>
    <message>
        <source>From (kg or W/M)</source>
        <translation>Từ (kg hoặc W/M)</translation>
    </message>
    <message>
        <source>Rate per unit</source>
        <translation>Giá mỗi đơn vị</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Tối thiểu</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <source>Units per USD</source>
        <translation>Đơn vị mỗi USD</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Edit rate</source>
        <translation>Sửa giá cước</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>Giá cước mới</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ví dụ %1</translation>
    </message>
    <message>
        <source>mode&apos;s default</source>
        <translation>mặc định của phương thức</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>Phương thức (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>Điểm đi (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>Điểm đến (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>Hãng vận &amp;chuyển</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>Dịch &amp;vụ</translation>
    </message>
    <message>
        <source>&amp;Equipment</source>
        <translation>Thiết bị (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>Cách tính (&amp;B)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Tiền tệ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>Giá (&amp;R)</translation>
    </message>
    <message>
        <source>M&amp;inimum charge</source>
        <translation>Phí tố&amp;i thiểu</translation>
    </message>
    <message>
        <source>Ma&amp;ximum charge (cap)</source>
        <translation>Phí tối đa (giới hạn) (&amp;X)</translation>
    </message>
    <message>
        <source>Brea&amp;ks (kg or W/M)</source>
        <translation>Bậc giá (&amp;kg hoặc W/M)</translation>
    </message>
    <message>
        <source>k&amp;g per cbm</source>
        <translation>k&amp;g mỗi m³</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Hiệu lực từ (&amp;F)</translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation>Hiệu lực đến (&amp;T)</translation>
    </message>
    <message>
        <source>Tra&amp;nsit days</source>
        <translation>Số &amp;ngày vận chuyển</translation>
    </message>
    <message>
        <source>UN/LOCODE, e.g. CNQZH</source>
        <translation>UN/LOCODE, ví dụ CNQZH</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
</context>
<context>
    <name>RateNotice</name>
    <message numerus="yes">
        <source>%n rate(s) end within %1 days</source>
        <translation>
            <numerusform>%n mức giá hết hạn trong %1 ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>The first ends on %1. They are marked in the Rates view.</source>
        <translation>Mức đầu tiên hết hạn ngày %1. Chúng được đánh dấu trong mục Giá cước.</translation>
    </message>
</context>
<context>
    <name>RateTableModel</name>
    <message>
        <source>Mode</source>
        <extracomment>Background of a rate that ends within the settings&apos; warning days.</extracomment>
        <translation>Phương thức</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Điểm đi</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Điểm đến</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Hãng vận chuyển</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Tối thiểu</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Bậc giá</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation>Số ngày vận chuyển</translation>
    </message>
    <message>
        <source>Expired: valid until %1</source>
        <translation>Hết hạn: hiệu lực đến %1</translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n day(s)</source>
        <translation>
            <numerusform>Hết hạn sau %n ngày</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesView</name>
    <message>
        <source>&amp;Mode</source>
        <translation>Phương thức (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>Điểm đi (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>Điểm đến (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>Hãng vận &amp;chuyển</translation>
    </message>
    <message>
        <source>any</source>
        <translation>bất kỳ</translation>
    </message>
    <message>
        <source>any (Ctrl+F)</source>
        <translation>bất kỳ (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Valid on</source>
        <translation>Hiệu lực &amp;vào ngày</translation>
    </message>
    <message>
        <source>Show e&amp;xpired</source>
        <translation>Hiện mức đã hết hạn (&amp;X)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Xóa bộ &amp;lọc</translation>
    </message>
    <message>
        <source>&amp;Add rate…</source>
        <translation>Thêm giá cước (&amp;A)…</translation>
    </message>
    <message>
        <source>Add a rate by hand (Insert)</source>
        <translation>Thêm giá cước thủ công (Insert)</translation>
    </message>
    <message>
        <source>Ed&amp;it rate…</source>
        <translation>Sửa g&amp;iá cước…</translation>
    </message>
    <message>
        <source>Edit the selected rate (Enter)</source>
        <translation>Sửa giá cước đã chọn (Enter)</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Nhập:</translation>
    </message>
    <message>
        <source>&amp;Rate sheet…</source>
        <translation>Bảng giá cước (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Surcharges…</source>
        <translation>Phụ phí (&amp;S)…</translation>
    </message>
    <message>
        <source>Exchan&amp;ge rates…</source>
        <translation>Tỷ &amp;giá…</translation>
    </message>
    <message>
        <source>Locatio&amp;ns…</source>
        <translation>Địa điểm (&amp;N)…</translation>
    </message>
    <message>
        <source>Sc&amp;hedules…</source>
        <translation>Lịch chạy (&amp;H)…</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Giá cước</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Lịch chạy</translation>
    </message>
    <message>
        <source>Rates: %1 · schedules: %2</source>
        <translation>Giá cước: %1 · lịch chạy: %2</translation>
    </message>
    <message>
        <source>Rate saved.</source>
        <translation>Đã lưu giá cước.</translation>
    </message>
</context>
<context>
    <name>Requote</name>
    <message>
        <source>A new quote from %1 (%2), at today&apos;s rates: save or mark it quoted.</source>
        <translation>Báo giá mới từ %1 (%2), theo giá cước hôm nay: hãy lưu hoặc đánh dấu đã báo giá.</translation>
    </message>
    <message>
        <source>Re-quoting %1 at today&apos;s rates: Mark quoted saves revision %2.</source>
        <translation>Đang báo giá lại %1 theo giá cước hôm nay: Đánh dấu đã báo giá sẽ lưu phiên bản %2.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Thành công</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Không thành công</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tỷ lệ thành công</translation>
    </message>
    <message>
        <source>Won total</source>
        <translation>Tổng thành công</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Lợi nhuận</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Won</source>
        <extracomment>Months shown when the view opens: this one and the five before it.</extracomment>
        <translation>Thành công</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Không thành công</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Margin won (%1)</source>
        <translation>Lợi nhuận thành công (%1)</translation>
    </message>
    <message>
        <source>Quotes by month</source>
        <translation>Báo giá theo tháng</translation>
    </message>
    <message>
        <source>No quotes in this period.</source>
        <translation>Không có báo giá trong kỳ này.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Báo giá</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Từ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Đến (&amp;T)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>6 tháng qua</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>By customer</source>
        <translation>Theo khách hàng</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Theo tháng</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>sales</source>
        <translation>bán hàng</translation>
    </message>
    <message>
        <source>pricing</source>
        <translation>định giá</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>quản trị</translation>
    </message>
    <message>
        <source>Needs the %1 role</source>
        <translation>Cần vai trò %1</translation>
    </message>
    <message>
        <source>You are signed in as %1 with the %2 role: changes here need the %3 role.</source>
        <translation>Bạn đăng nhập là %1 với vai trò %2: thay đổi ở đây cần vai trò %3.</translation>
    </message>
</context>
<context>
    <name>RouteChart</name>
    <message>
        <source>transit days →</source>
        <translation>số ngày vận chuyển →</translation>
    </message>
    <message>
        <source>total ↑</source>
        <translation>tổng ↑</translation>
    </message>
</context>
<context>
    <name>RouteSuggestionsDialog</name>
    <message>
        <source>Suggest routes</source>
        <translation>Gợi ý tuyến</translation>
    </message>
    <message>
        <source>Searching routes…</source>
        <translation>Đang tìm tuyến…</translation>
    </message>
    <message>
        <source>Use this route</source>
        <translation>Dùng tuyến này</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) found.</source>
        <translation>
            <numerusform>Tìm thấy %n tuyến.</numerusform>
        </translation>
    </message>
    <message>
        <source>No route can be priced for this cargo and date.</source>
        <translation>Không có tuyến nào tính được giá cho lô hàng và ngày này.</translation>
    </message>
</context>
<context>
    <name>RouteTableModel</name>
    <message>
        <source>Route</source>
        <translation>Tuyến</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation>Số ngày vận chuyển</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>CO2e kg</source>
        <translation>kg CO2e</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Tốt nhất</translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>rẻ nhất</translation>
    </message>
    <message>
        <source>fastest</source>
        <translation>nhanh nhất</translation>
    </message>
    <message>
        <source>greenest</source>
        <translation>xanh nhất</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>New schedule row</source>
        <translation>Dòng lịch chạy mới</translation>
    </message>
    <message>
        <source>Schedule row</source>
        <translation>Dòng lịch chạy</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>Phương thức (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>Điểm đi (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>Điểm đến (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>Hãng vận &amp;chuyển</translation>
    </message>
    <message>
        <source>S&amp;ervice</source>
        <translation>Dịch vụ (&amp;E)</translation>
    </message>
    <message>
        <source>De&amp;partures</source>
        <translation>Ngày khởi hành (&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;ut-off (days before)</source>
        <translation>Hạn cắt hàng (số ngày trước) (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Transit days</source>
        <translation>Số ngày vận chuyển (&amp;T)</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Hiệu lực từ (&amp;F)</translation>
    </message>
    <message>
        <source>Valid t&amp;o</source>
        <translation>Hiệu lực đến (&amp;O)</translation>
    </message>
    <message>
        <source>UN/LOCODE, e.g. CNQZH</source>
        <translation>UN/LOCODE, ví dụ CNQZH</translation>
    </message>
    <message>
        <source>any service of the carrier</source>
        <translation>mọi dịch vụ của hãng</translation>
    </message>
    <message>
        <source>daily, MON THU, or 2026-12-03 2026-12-10</source>
        <translation>daily (hằng ngày), MON THU (thứ) hoặc 2026-12-03 2026-12-10 (ngày)</translation>
    </message>
    <message>
        <source>the rate&apos;s</source>
        <translation>theo giá cước</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Expired: valid until %1</source>
        <translation>Hết hạn: hiệu lực đến %1</translation>
    </message>
</context>
<context>
    <name>SchedulesBox</name>
    <message>
        <source>rate&apos;s</source>
        <translation>theo giá cước</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Phương thức</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Điểm đi</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Điểm đến</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Hãng vận chuyển</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Ngày khởi hành</translation>
    </message>
    <message>
        <source>Cut-off days</source>
        <translation>Số ngày cắt hàng</translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation>Số ngày vận chuyển</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <source>Ne&amp;w schedule…</source>
        <translation>Lịch chạy mới (&amp;W)…</translation>
    </message>
    <message>
        <source>Edi&amp;t schedule…</source>
        <translation>Sửa lịch chạy (&amp;T)…</translation>
    </message>
    <message>
        <source>Edit the selected row (Enter)</source>
        <translation>Sửa dòng đã chọn (Enter)</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>Xóa lịch chạy</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Xóa dòng đã chọn (Delete)</translation>
    </message>
    <message>
        <source>Schedule saved.</source>
        <translation>Đã lưu lịch chạy.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Chưa xóa: %1</translation>
    </message>
    <message>
        <source>Schedule removed.</source>
        <translation>Đã xóa lịch chạy.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Company name</source>
        <extracomment>Settings that are percentages a clerk types, read in the display language&apos;s notation.</extracomment>
        <translation>Tên công ty</translation>
    </message>
    <message>
        <source>Company address</source>
        <translation>Địa chỉ công ty</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Ảnh logo</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>Ngôn ngữ chứng từ</translation>
    </message>
    <message>
        <source>Default quote currency</source>
        <translation>Tiền tệ báo giá mặc định</translation>
    </message>
    <message>
        <source>Default markup %</source>
        <translation>Tỷ lệ cộng thêm mặc định %</translation>
    </message>
    <message>
        <source>Markup or margin</source>
        <translation>Cộng thêm hoặc biên lợi nhuận</translation>
    </message>
    <message>
        <source>Margin floor %</source>
        <translation>Mức sàn biên lợi nhuận %</translation>
    </message>
    <message>
        <source>Clerk name</source>
        <translation>Tên nhân viên</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Quotation valid for (days)</source>
        <translation>Báo giá có hiệu lực (ngày)</translation>
    </message>
    <message>
        <source>Warn of rates ending within (days)</source>
        <translation>Cảnh báo giá cước hết hạn trong (ngày)</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Tiêu đề thư</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Báo giá</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Bàn làm việc</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The customer&apos;s language</source>
        <translation>Ngôn ngữ của khách hàng</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Không có logo</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Lưu cài đặt (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Hoàn tác thay đổi (&amp;U)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>cannot read this image</source>
        <translation>không đọc được ảnh này</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>This database is on a network share. SQLite files there can be damaged when several computers use them at once: keep it on this computer&apos;s own disk.</source>
        <translation>Cơ sở dữ liệu này nằm trên ổ mạng dùng chung. Tệp SQLite ở đó có thể bị hỏng khi nhiều máy tính dùng cùng lúc: hãy để nó trên ổ đĩa của chính máy này.</translation>
    </message>
</context>
<context>
    <name>SheetImports</name>
    <message>
        <source>Import</source>
        <extracomment>Each sheet a view imports → what it changes (the role needed: services.access.NEEDS).</extracomment>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Sheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Bảng tính (*.csv *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2.</source>
        <translation>Đã nhập %1 dòng từ %2.</translation>
    </message>
    <message>
        <source>Import refused: nothing was imported.</source>
        <translation>Từ chối nhập: không có gì được nhập.</translation>
    </message>
</context>
<context>
    <name>ShipDate</name>
    <message numerus="yes">
        <source>The ship date %1 is %n day(s) before today.</source>
        <translation>
            <numerusform>Ngày gửi hàng %1 sớm hơn hôm nay %n ngày.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Confirm the booking with this ship date anyway?</source>
        <translation>%1
Vẫn xác nhận đặt chỗ với ngày gửi hàng này?</translation>
    </message>
    <message>
        <source>Ship date in the past</source>
        <translation>Ngày gửi hàng đã qua</translation>
    </message>
</context>
<context>
    <name>SpotDialog</name>
    <message>
        <source>Spot rate for the leg</source>
        <translation>Giá spot cho chặng</translation>
    </message>
    <message>
        <source>C&amp;arrier:</source>
        <translation>Hãng vận chuyển (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>Cách tính (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Equipment:</source>
        <translation>Thiết bị (&amp;E):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Tiền tệ (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>Giá (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Transit days:</source>
        <translation>Số ngày vận chuyển (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Minimum charge:</source>
        <translation>Phí tối thiểu (&amp;M):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum charge:</source>
        <translation>Phí tối đa (&amp;X):</translation>
    </message>
    <message>
        <source>Brea&amp;ks:</source>
        <translation>Bậc giá (&amp;K):</translation>
    </message>
    <message>
        <source>Breaks: from-quantity:rate pairs, separated by spaces.</source>
        <translation>Bậc giá: các cặp số lượng từ:giá, cách nhau bằng dấu cách.</translation>
    </message>
</context>
<context>
    <name>TariffBox</name>
    <message>
        <source>included</source>
        <translation>đã gồm</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>cộng thêm</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Tuyến</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Tối thiểu</translation>
    </message>
    <message>
        <source>Max.</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Bậc giá</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <source>Surcharges</source>
        <translation>Phụ phí</translation>
    </message>
    <message>
        <source>Add tari&amp;ff row…</source>
        <translation>Thêm dòng giá hợp đồng (&amp;F)…</translation>
    </message>
    <message>
        <source>E&amp;dit tariff row…</source>
        <translation>Sửa &amp;dòng giá hợp đồng…</translation>
    </message>
    <message>
        <source>Edit the selected row (Enter)</source>
        <translation>Sửa dòng đã chọn (Enter)</translation>
    </message>
    <message>
        <source>Re&amp;move tariff row</source>
        <translation>Xóa dòng giá hợp đồng (&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Xóa dòng đã chọn (Delete)</translation>
    </message>
    <message>
        <source>Contract tariff of %1</source>
        <translation>Giá hợp đồng của %1</translation>
    </message>
    <message>
        <source>Contract tariff</source>
        <translation>Giá hợp đồng</translation>
    </message>
    <message>
        <source>Save the party first to give it a contract tariff.</source>
        <translation>Hãy lưu đối tác trước rồi mới đặt giá hợp đồng.</translation>
    </message>
    <message>
        <source>No contract tariff: the pricing profile prices this customer&apos;s quotes.</source>
        <translation>Không có giá hợp đồng: hồ sơ giá sẽ tính giá báo cho khách hàng này.</translation>
    </message>
    <message>
        <source>A leg on a lane with a row valid on its ETD sells at the tariff; expired rows are grey.</source>
        <translation>Một chặng trên tuyến có dòng hiệu lực vào ngày đi của nó sẽ bán theo giá hợp đồng; dòng đã hết hạn có màu xám.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Chưa xóa: %1</translation>
    </message>
    <message>
        <source>Tariff row removed.</source>
        <translation>Đã xóa dòng giá hợp đồng.</translation>
    </message>
</context>
<context>
    <name>TariffDialog</name>
    <message>
        <source>New tariff row for %1</source>
        <translation>Dòng giá hợp đồng mới cho %1</translation>
    </message>
    <message>
        <source>Tariff row of %1</source>
        <translation>Dòng giá hợp đồng của %1</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>Phương thức (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>Điểm đi (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>Điểm đến (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Equipment</source>
        <translation>Thiết bị (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>Cách tính (&amp;B)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Tiền tệ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>Giá (&amp;R)</translation>
    </message>
    <message>
        <source>M&amp;inimum charge</source>
        <translation>Phí tố&amp;i thiểu</translation>
    </message>
    <message>
        <source>Ma&amp;ximum charge (cap)</source>
        <translation>Phí tối đa (giới hạn) (&amp;X)</translation>
    </message>
    <message>
        <source>Brea&amp;ks (kg or W/M)</source>
        <translation>Bậc giá (&amp;kg hoặc W/M)</translation>
    </message>
    <message>
        <source>k&amp;g per cbm</source>
        <translation>k&amp;g mỗi m³</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Hiệu lực từ (&amp;F)</translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation>Hiệu lực đến (&amp;T)</translation>
    </message>
    <message>
        <source>Surc&amp;harges</source>
        <translation>P&amp;hụ phí</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>mode&apos;s default</source>
        <translation>mặc định của phương thức</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ví dụ %1</translation>
    </message>
    <message>
        <source>UN/LOCODE, e.g. CNQZH</source>
        <translation>UN/LOCODE, ví dụ CNQZH</translation>
    </message>
    <message>
        <source>extra: sold by the price rule</source>
        <translation>cộng thêm: bán theo quy tắc giá</translation>
    </message>
    <message>
        <source>included: the tariff is all-in</source>
        <translation>đã gồm: giá hợp đồng là giá trọn gói</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
</context>
<context>
    <name>TariffModel</name>
    <message>
        <source>Expired: valid until %1</source>
        <translation>Hết hạn: hiệu lực đến %1</translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>
