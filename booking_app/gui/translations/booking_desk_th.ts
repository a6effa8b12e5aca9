<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>ActionSet</name>
    <message>
        <source>&amp;New booking</source>
        <extracomment>Editor actions the window forwards to the current booking editor.</extracomment>
        <translation>การจองใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new booking</source>
        <translation>เริ่มการจองใหม่</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>Save the booking (a draft until quoted)</source>
        <translation>บันทึกการจอง (เป็นฉบับร่างจนกว่าจะเสนอราคา)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>พิมพ์(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the quotation or confirmation on a printer</source>
        <translation>พิมพ์ใบเสนอราคาหรือใบยืนยันการจองออกทางเครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>ดูตัวอย่าง(&amp;V)…</translation>
    </message>
    <message>
        <source>Show the quotation or confirmation in the desk</source>
        <translation>แสดงใบเสนอราคาหรือใบยืนยันการจองในโปรแกรม</translation>
    </message>
    <message>
        <source>&amp;Open as PDF…</source>
        <translation>เปิดเป็น PDF(&amp;O)…</translation>
    </message>
    <message>
        <source>The quotation or confirmation as a PDF</source>
        <translation>ใบเสนอราคาหรือใบยืนยันการจองเป็น PDF</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>บันทึก PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the quotation or confirmation as a PDF file</source>
        <translation>บันทึกใบเสนอราคาหรือใบยืนยันการจองเป็นไฟล์ PDF</translation>
    </message>
    <message>
        <source>Cost s&amp;heet…</source>
        <translation>ใบต้นทุน(&amp;H)…</translation>
    </message>
    <message>
        <source>The internal cost sheet: cost, price and margin of every line</source>
        <translation>ใบต้นทุนภายใน: ต้นทุน ราคาขาย และกำไรของทุกรายการ</translation>
    </message>
    <message>
        <source>E&amp;xport day…</source>
        <translation>ส่งออกรายวัน(&amp;X)…</translation>
    </message>
    <message>
        <source>The day&apos;s bookings as CSV, XLSX or PDF, written in the background</source>
        <translation>การจองของวันเป็น CSV, XLSX หรือ PDF เขียนอยู่เบื้องหลัง</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>สำรองข้อมูลทันที (&amp;B)…</translation>
    </message>
    <message>
        <source>A checked copy of the database, made while the desk runs</source>
        <translation>สำเนาฐานข้อมูลที่ตรวจสอบแล้ว ทำขณะที่โปรแกรมทำงาน</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>กู้คืน (&amp;R)…</translation>
    </message>
    <message>
        <source>Put a backup in place of the database (the current one is kept)</source>
        <translation>นำข้อมูลสำรองมาแทนฐานข้อมูล (เก็บฐานข้อมูลปัจจุบันไว้)</translation>
    </message>
    <message>
        <source>&amp;Close booking</source>
        <translation>ปิดการจอง(&amp;C)</translation>
    </message>
    <message>
        <source>Close the booking&apos;s tab</source>
        <translation>ปิดแท็บของการจอง</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the desk</source>
        <translation>ปิดโปรแกรม</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last edit of the booking</source>
        <translation>เลิกทำการแก้ไขล่าสุดของการจอง</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the edit undone</source>
        <translation>ทำซ้ำการแก้ไขที่เลิกทำไป</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>ค้นหา(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>ค้นหาในรายการปัจจุบัน</translation>
    </message>
    <message>
        <source>Mark &amp;quoted</source>
        <translation>ทำเครื่องหมายว่าเสนอราคาแล้ว(&amp;Q)</translation>
    </message>
    <message>
        <source>Save and mark as quoted</source>
        <translation>บันทึกและทำเครื่องหมายว่าเสนอราคาแล้ว</translation>
    </message>
    <message>
        <source>S&amp;end quotation…</source>
        <translation>ส่งใบเสนอราคา(&amp;E)…</translation>
    </message>
    <message>
        <source>The quotation as an e-mail with the PDF, in the mail program; marks the booking quoted</source>
        <translation>ใบเสนอราคาเป็นอีเมลแนบ PDF ในโปรแกรมอีเมล และทำเครื่องหมายว่าเสนอราคาแล้ว</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>ยืนยัน(&amp;C)</translation>
    </message>
    <message>
        <source>Save and confirm (then read-only)</source>
        <translation>บันทึกและยืนยัน (หลังจากนั้นแก้ไขไม่ได้)</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>แก้ไขเพิ่มเติม(&amp;A)</translation>
    </message>
    <message>
        <source>Change a confirmed booking: a new revision</source>
        <translation>เปลี่ยนการจองที่ยืนยันแล้ว: สร้างฉบับแก้ไขใหม่</translation>
    </message>
    <message>
        <source>Cance&amp;l booking</source>
        <translation>ยกเลิกการจอง(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>ยกเลิกการจองนี้</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>ทำสำเนา(&amp;D)</translation>
    </message>
    <message>
        <source>A new booking like this one</source>
        <translation>การจองใหม่ที่เหมือนรายการนี้</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>วันก่อนหน้า(&amp;P)</translation>
    </message>
    <message>
        <source>Bookings of the day before</source>
        <translation>การจองของวันก่อนหน้า</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>วันถัดไป(&amp;N)</translation>
    </message>
    <message>
        <source>Bookings of the day after</source>
        <translation>การจองของวันถัดไป</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>วันนี้(&amp;T)</translation>
    </message>
    <message>
        <source>Today&apos;s bookings</source>
        <translation>การจองของวันนี้</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>เกี่ยวกับ(&amp;A)</translation>
    </message>
    <message>
        <source>About the booking desk</source>
        <translation>เกี่ยวกับโปรแกรมรับจอง</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>การจอง(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Rates</source>
        <translation>ค่าระวาง(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>คู่ค้า(&amp;P)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>การตั้งค่า(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>ติดตามผล(&amp;F)</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>ผลงาน(&amp;U)</translation>
    </message>
    <message>
        <source>Show the %1 view</source>
        <translation>แสดงมุมมอง %1</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approval needed</source>
        <translation>ต้องได้รับอนุมัติ</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>ผู้อนุมัติ(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>เหตุผล(&amp;R):</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up the database</source>
        <translation>สำรองฐานข้อมูล</translation>
    </message>
    <message>
        <source>Booking desk databases (*.sqlite3)</source>
        <translation>ฐานข้อมูลโต๊ะจอง (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Booking desk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>ฐานข้อมูลโต๊ะจอง (*.sqlite3 *.db);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Replace the database with %1? The current database is kept aside.</source>
        <translation>แทนที่ฐานข้อมูลด้วย %1 หรือไม่? ฐานข้อมูลปัจจุบันจะถูกเก็บแยกไว้</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>The office server keeps its own backups; this desk has no file to copy.</source>
        <translation>เซิร์ฟเวอร์สำนักงานเก็บข้อมูลสำรองเอง เครื่องนี้ไม่มีไฟล์ให้คัดลอก</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>สำรองข้อมูลไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>สำรองข้อมูลไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>กู้คืนไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Restored %1; the previous database is kept as %2</source>
        <translation>กู้คืน %1 แล้ว ฐานข้อมูลเดิมเก็บไว้เป็น %2</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>โปรดเลือกไฟล์อื่น</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Click to go to the field concerned.</source>
        <extracomment>Header fields a problem may name, as the header panel calls them.</extracomment>
        <translation>คลิกเพื่อไปยังช่องที่เกี่ยวข้อง</translation>
    </message>
</context>
<context>
    <name>BookingEditor</name>
    <message>
        <source>Not saved: %1</source>
        <translation>ยังไม่บันทึก: %1</translation>
    </message>
    <message>
        <source>Not saved: the office server cannot be reached. Everything you typed is still here; save again when the desk is back online.</source>
        <translation>ยังไม่ได้บันทึก: ติดต่อเซิร์ฟเวอร์ของสำนักงานไม่ได้ ข้อมูลที่พิมพ์ไว้ยังอยู่ครบ บันทึกอีกครั้งเมื่อกลับมาออนไลน์</translation>
    </message>
    <message>
        <source>Saved %1 (revision %2) as %3.</source>
        <translation>บันทึก %1 แล้ว (ฉบับที่ %2) สถานะ %3</translation>
    </message>
    <message>
        <source>Amending: saving makes a new revision.</source>
        <translation>กำลังแก้ไขเพิ่มเติม: การบันทึกจะสร้างฉบับแก้ไขใหม่</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>การจองใหม่</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>ฉบับที่ %1</translation>
    </message>
    <message>
        <source>amending</source>
        <translation>กำลังแก้ไขเพิ่มเติม</translation>
    </message>
    <message>
        <source>clerk %1</source>
        <translation>พนักงาน %1</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 มีการเปลี่ยนแปลงที่ยังไม่ได้บันทึก ต้องการบันทึกหรือไม่</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>การเปลี่ยนแปลงที่ยังไม่บันทึก</translation>
    </message>
    <message>
        <source>Booking desk</source>
        <translation>โปรแกรมรับจอง</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>การจอง</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>เส้นทาง(&amp;R)</translation>
    </message>
    <message>
        <source>Live quote</source>
        <translation>ราคาแบบทันที</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>บันทึกร่าง</translation>
    </message>
    <message>
        <source>Mark quoted</source>
        <translation>เสนอราคาแล้ว</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>ยืนยัน</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>ยกเลิกการจอง</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>ทำสำเนา</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>แก้ไขเพิ่มเติม</translation>
    </message>
    <message>
        <source>Add leg</source>
        <translation>เพิ่มช่วงขนส่ง</translation>
    </message>
    <message>
        <source>Remove leg</source>
        <translation>ลบช่วงขนส่ง</translation>
    </message>
    <message>
        <source>Type the party&apos;s name first.</source>
        <translation>กรุณาพิมพ์ชื่อคู่ค้าก่อน</translation>
    </message>
    <message>
        <source>Party %1 added.</source>
        <translation>เพิ่มคู่ค้า %1 แล้ว</translation>
    </message>
    <message>
        <source>Not confirmed: the ship date is before today.</source>
        <translation>ยังไม่ยืนยัน: วันส่งสินค้าอยู่ก่อนวันนี้</translation>
    </message>
    <message>
        <source>Not confirmed: the margin is below the floor and needs an approval.</source>
        <translation>ยังไม่ยืนยัน: กำไรขั้นต้นต่ำกว่าเกณฑ์ขั้นต่ำและต้องได้รับอนุมัติ</translation>
    </message>
    <message>
        <source>The margin of %1 % is below the floor of %2 % (customer: %3). Who approves confirming it, and why?</source>
        <translation>กำไรขั้นต้น %1 % ต่ำกว่าเกณฑ์ขั้นต่ำ %2 % (ลูกค้า: %3) ใครเป็นผู้อนุมัติการยืนยัน และด้วยเหตุผลใด</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>ลูกค้ารายนี้</translation>
    </message>
    <message>
        <source>Cancel booking %1? This cannot be undone.
Why is it cancelled?</source>
        <translation>ยกเลิกการจอง %1 หรือไม่ การกระทำนี้ย้อนกลับไม่ได้
ยกเลิกเพราะอะไร</translation>
    </message>
    <message>
        <source>Booking %1 is cancelled.</source>
        <translation>การจอง %1 ถูกยกเลิกแล้ว</translation>
    </message>
</context>
<context>
    <name>BookingsModel</name>
    <message>
        <source>Booking no.</source>
        <extracomment>The booking number of a row, whatever the column.</extracomment>
        <translation>เลขที่การจอง</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>เส้นทาง</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>รูปแบบขนส่ง</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>พนักงาน</translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <source>counting…</source>
        <translation>กำลังนับ…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln booking(s)</source>
        <translation>
            <numerusform>%Ln การจอง</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>วันที่(&amp;D):</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>วันก่อนหน้า (Alt+ซ้าย)</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>วันถัดไป (Alt+ขวา)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>Today&apos;s bookings (Alt+Home)</source>
        <translation>การจองของวันนี้ (Alt+Home)</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>ทุกวัน</translation>
    </message>
    <message>
        <source>Export day…</source>
        <translation>ส่งออกรายวัน…</translation>
    </message>
    <message>
        <source>The day&apos;s bookings as CSV, XLSX or PDF (Ctrl+E)</source>
        <translation>การจองของวันเป็น CSV, XLSX หรือ PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>สถานะ(&amp;S):</translation>
    </message>
    <message>
        <source>C&amp;lerk:</source>
        <translation>พนักงาน(&amp;L):</translation>
    </message>
    <message>
        <source>The whole office&apos;s bookings, yours, or one clerk&apos;s</source>
        <translation>การจองของทั้งสำนักงาน ของคุณ หรือของพนักงานคนหนึ่ง</translation>
    </message>
    <message>
        <source>Search: booking no., party, place or code (Ctrl+F)</source>
        <translation>ค้นหา: เลขที่การจอง คู่ค้า สถานที่ หรือรหัส (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
</context>
<context>
    <name>CargoPanel</name>
    <message>
        <source>Pieces</source>
        <translation>จำนวนชิ้น</translation>
    </message>
    <message>
        <source>L cm</source>
        <translation>ยาว cm</translation>
    </message>
    <message>
        <source>W cm</source>
        <translation>กว้าง cm</translation>
    </message>
    <message>
        <source>H cm</source>
        <translation>สูง cm</translation>
    </message>
    <message>
        <source>kg each</source>
        <translation>kg/ชิ้น</translation>
    </message>
    <message>
        <source>Truck type</source>
        <translation>ประเภทรถ</translation>
    </message>
    <message>
        <source>Trucks</source>
        <translation>จำนวนรถ</translation>
    </message>
    <message>
        <source>Cannot total the cargo: %1</source>
        <translation>ไม่สามารถรวมยอดสินค้าได้: %1</translation>
    </message>
    <message>
        <source>Gross %1 kg</source>
        <translation>น้ำหนักรวม %1 kg</translation>
    </message>
    <message>
        <source>%1 cbm</source>
        <translation>%1 ลบ.ม.</translation>
    </message>
    <message>
        <source>%1 W/M</source>
        <translation>%1 W/M (ตันค่าระวาง)</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 กก.</translation>
    </message>
    <message>
        <source>Totals: </source>
        <translation>รวม: </translation>
    </message>
    <message>
        <source>Piece line %1, %2</source>
        <translation>แถวชิ้นสินค้า %1, %2</translation>
    </message>
    <message>
        <source>Truck line %1, %2</source>
        <translation>แถวรถบรรทุก %1, %2</translation>
    </message>
    <message>
        <source>Pieces, or totals</source>
        <translation>รายชิ้น หรือยอดรวม</translation>
    </message>
    <message>
        <source>&amp;Containers and trucks</source>
        <translation>ตู้คอนเทนเนอร์และรถบรรทุก(&amp;C)</translation>
    </message>
    <message>
        <source>Containers per type:</source>
        <translation>จำนวนตู้ตามประเภท:</translation>
    </message>
    <message>
        <source>Add piece line</source>
        <translation>เพิ่มแถวชิ้นสินค้า</translation>
    </message>
    <message>
        <source>Remove piece line</source>
        <translation>ลบแถวชิ้นสินค้า</translation>
    </message>
    <message>
        <source>Add truck line</source>
        <translation>เพิ่มแถวรถบรรทุก</translation>
    </message>
    <message>
        <source>Remove truck line</source>
        <translation>ลบแถวรถบรรทุก</translation>
    </message>
    <message>
        <source>&amp;Weight kg:</source>
        <translation>น้ำหนัก kg(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Volume cbm:</source>
        <translation>ปริมาตร ลบ.ม.(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Goods:</source>
        <translation>สินค้า(&amp;G):</translation>
    </message>
    <message>
        <source>Description of the goods</source>
        <translation>รายละเอียดสินค้า</translation>
    </message>
    <message>
        <source>Dangerous goods</source>
        <translation>สินค้าอันตราย</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>Add a charge to the leg</source>
        <extracomment>A field of a form: a line edit, a choice, or a number field.</extracomment>
        <translation>เพิ่มค่าใช้จ่ายให้ช่วงขนส่ง</translation>
    </message>
    <message>
        <source>from the leg&apos;s markup or margin</source>
        <translation>ตามส่วนบวกเพิ่มหรือกำไรขั้นต้นของช่วงขนส่ง</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>รหัส(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>รายละเอียด(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>หน่วยคิดค่า(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>จำนวน(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Unit cost:</source>
        <translation>ต้นทุนต่อหน่วย(&amp;U):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>สกุลเงิน(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Sell unit price:</source>
        <translation>ราคาขายต่อหน่วย(&amp;S):</translation>
    </message>
    <message>
        <source>Without a sell unit price the leg&apos;s markup or margin applies.</source>
        <translation>หากไม่ระบุราคาขายต่อหน่วย จะใช้ส่วนบวกเพิ่มหรือกำไรขั้นต้นของช่วงขนส่ง</translation>
    </message>
</context>
<context>
    <name>ClerkFilter</name>
    <message>
        <source>All clerks</source>
        <translation>พนักงานทุกคน</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>ฉัน (%1)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>ฉัน</translation>
    </message>
</context>
<context>
    <name>ClerkNameDialog</name>
    <message>
        <source>Welcome to the booking desk</source>
        <extracomment>Asks for the clerk&apos;s name: the name, or None when the clerk declines.</extracomment>
        <translation>ยินดีต้อนรับสู่โต๊ะจอง</translation>
    </message>
    <message>
        <source>Who is at this desk? Your name is printed on quotations and confirmations (&quot;Issued by …&quot;) and kept with each booking. You can change it later in Settings (Ctrl+4).</source>
        <translation>ใครใช้งานโต๊ะนี้? ชื่อของคุณจะพิมพ์บนใบเสนอราคาและใบยืนยัน (&quot;ออกโดย …&quot;) และบันทึกไว้กับการจองแต่ละรายการ เปลี่ยนได้ภายหลังในการตั้งค่า (Ctrl+4)</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>ชื่อของคุณ(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. Nguyen Van An</source>
        <translation>เช่น สมชาย ใจดี</translation>
    </message>
</context>
<context>
    <name>Completer</name>
    <message>
        <source>city</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ท่าเรือ</translation>
    </message>
    <message>
        <source>airport</source>
        <translation>ท่าอากาศยาน</translation>
    </message>
    <message>
        <source>rail terminal</source>
        <translation>สถานีรถไฟสินค้า</translation>
    </message>
    <message>
        <source>border crossing</source>
        <translation>ด่านชายแดน</translation>
    </message>
    <message>
        <source>inland depot</source>
        <translation>ท่าเรือบก</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>cannot open the database %1: %2</source>
        <extracomment>What the clerk chose: (&quot;open&quot;, a database), (&quot;restore&quot;, a backup) or (&quot;quit&quot;, None).</extracomment>
        <translation>เปิดฐานข้อมูล %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>เปิดฐานข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>Open another database, restore a backup, or quit.</source>
        <translation>เปิดฐานข้อมูลอื่น กู้คืนข้อมูลสำรอง หรือออกจากโปรแกรม</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>เปิดไฟล์อื่น(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>กู้คืนข้อมูลสำรอง(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <source>Booking desk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>ฐานข้อมูลโต๊ะรับจอง (*.sqlite3 *.db);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>ข้อมูลสำรอง (*.sqlite3 *.db);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Booking desk</source>
        <translation>โต๊ะรับจอง</translation>
    </message>
    <message>
        <source>internal error (%1); the details are in %2</source>
        <translation>ข้อผิดพลาดภายใน (%1) รายละเอียดอยู่ใน %2</translation>
    </message>
    <message>
        <source>Everything saved so far is kept.</source>
        <translation>ข้อมูลที่บันทึกไว้แล้วทั้งหมดยังอยู่ครบ</translation>
    </message>
</context>
<context>
    <name>DayEdit</name>
    <message>
        <source>t: today; +3: in three days; -1: yesterday</source>
        <translation>t: วันนี้; +3: อีกสามวัน; -1: เมื่อวาน</translation>
    </message>
</context>
<context>
    <name>DayExporter</name>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV สำหรับ Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF list (*.pdf)</source>
        <translation>รายการ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the bookings of %1</source>
        <translation>ส่งออกการจองของวันที่ %1</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>มีการส่งออกกำลังทำงานอยู่แล้ว</translation>
    </message>
    <message>
        <source>Export day</source>
        <translation>ส่งออกรายวัน</translation>
    </message>
    <message>
        <source>Exporting the bookings of %1…</source>
        <translation>กำลังส่งออกการจองของวันที่ %1…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>กำลังส่งออกไปที่ %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n booking(s) to %1.</source>
        <translation>
            <numerusform>ส่งออก %n การจองไปที่ %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>การส่งออกล้มเหลว</translation>
    </message>
    <message>
        <source>The bookings could not be exported:
%1</source>
        <translation>ไม่สามารถส่งออกการจองได้:
%1</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Cannot read %1</source>
        <extracomment>The PDF Ctrl+P wrote last, and whether it is opened in the system&apos;s viewer.</extracomment>
        <translation>อ่าน %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s).</source>
        <translation>
            <numerusform>พิมพ์แล้ว %n หน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>No folder for temporary files.</source>
        <translation>ไม่มีโฟลเดอร์สำหรับไฟล์ชั่วคราว</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>กำลังเขียน %1…</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>ยังไม่ได้พิมพ์: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>Cost sheet (internal)</source>
        <translation>ใบต้นทุน (ภายใน)</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>ใบยืนยันการจอง</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>ใบเสนอราคา</translation>
    </message>
    <message>
        <source>Saved %1, but no program could open it. Open the file from its folder, or install a PDF viewer.</source>
        <translation>บันทึก %1 แล้ว แต่ไม่มีโปรแกรมใดเปิดไฟล์ได้ เปิดไฟล์จากโฟลเดอร์ของไฟล์ หรือติดตั้งโปรแกรมดู PDF</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>%1 must be saved before it is printed. Save it now?</source>
        <translation>ต้องบันทึก %1 ก่อนพิมพ์ บันทึกตอนนี้หรือไม่</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>บันทึกก่อน</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>ไม่สามารถเริ่มเครื่องพิมพ์ได้</translation>
    </message>
    <message>
        <source>The printer stopped.</source>
        <translation>เครื่องพิมพ์หยุดทำงาน</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No bookings yet.

%1  a new booking
%2  the rates: import a rate sheet there (Alt+R)
%3  the settings: your name and the company&apos;s letterhead</source>
        <translation>ยังไม่มีการจอง

%1  การจองใหม่
%2  อัตราค่าขนส่ง: นำเข้าตารางอัตราที่นั่น (Alt+R)
%3  การตั้งค่า: ชื่อของคุณและหัวจดหมายของบริษัท</translation>
    </message>
    <message>
        <source>No bookings on this day match.

%1 / %2  the day before / after,  %3  today
%4  search every day (tick All days)
%5  a new booking</source>
        <translation>ไม่มีการจองในวันนี้ที่ตรงกัน

%1 / %2  วันก่อน / วันถัดไป,  %3  วันนี้
%4  ค้นหาทุกวัน (เลือก ทุกวัน)
%5  การจองใหม่</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <extracomment>The booking number of a row, whatever the column. Statuses listed: quotes still to chase, and (on demand) those decided. Expired quotes stay in the list this many days after their validity (still worth a call). A quote in its last days is marked as late.</extracomment>
        <translation>
            <numerusform>หมดอายุเมื่อ %n วันก่อน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>last day</source>
        <translation>วันสุดท้าย</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Days left</source>
        <translation>เหลือ (วัน)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>ใช้ได้ถึง</translation>
    </message>
    <message>
        <source>Booking no.</source>
        <translation>เลขที่การจอง</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>เส้นทาง</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>กำไรขั้นต้น</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>%1: the margin is below the floor. Open it to record an approval.</source>
        <extracomment>The summary counts quotes ending within this many days.</extracomment>
        <translation>%1: กำไรขั้นต้นต่ำกว่าเกณฑ์ขั้นต่ำ เปิดรายการเพื่อบันทึกการอนุมัติ</translation>
    </message>
    <message>
        <source>%1 confirmed as revision %2 at today&apos;s rates: %3 → %4.</source>
        <translation>%1 ยืนยันเป็นฉบับที่ %2 ตามค่าระวางวันนี้: %3 → %4</translation>
    </message>
    <message>
        <source>%1 confirmed: won.</source>
        <translation>%1 ยืนยันแล้ว: ได้งาน</translation>
    </message>
    <message>
        <source>Quote %1 expired on %2.
Its total was %3; at today&apos;s rates it is %4.

Confirm it at the new price as revision %5?</source>
        <translation>ใบเสนอราคา %1 หมดอายุเมื่อ %2
ยอดรวมเดิม %3 ตามค่าระวางวันนี้เป็น %4

ยืนยันด้วยราคาใหม่เป็นฉบับที่ %5 หรือไม่</translation>
    </message>
    <message>
        <source>Why was %1 (%2) lost?</source>
        <translation>ทำไม %1 (%2) จึงไม่ได้งาน</translation>
    </message>
    <message>
        <source>%1 lost: %2</source>
        <translation>%1 ไม่ได้งาน: %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>ติดตามผล</translation>
    </message>
    <message>
        <source>Follow-up (%1)</source>
        <translation>ติดตามผล (%1)</translation>
    </message>
    <message>
        <source>%1 open · %2 ending within %3 days · %4 expired</source>
        <translation>เปิดอยู่ %1 · %2 จะหมดอายุภายใน %3 วัน · หมดอายุแล้ว %4</translation>
    </message>
    <message>
        <source>Search customer, route or number</source>
        <translation>ค้นหาลูกค้า เส้นทาง หรือเลขที่</translation>
    </message>
    <message>
        <source>Show all: won, lost, long expired</source>
        <translation>แสดงทั้งหมด: ได้งาน ไม่ได้งาน หมดอายุนานแล้ว</translation>
    </message>
    <message>
        <source>Won → confirm (W)</source>
        <translation>ได้งาน → ยืนยัน (W)</translation>
    </message>
    <message>
        <source>Lost… (L)</source>
        <translation>ไม่ได้งาน… (L)</translation>
    </message>
    <message>
        <source>Re-quote (R)</source>
        <translation>เสนอราคาใหม่ (R)</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>เปิด (Enter)</translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <source>C&amp;ustomer:</source>
        <extracomment>Incoterms 2020, the terms a clerk picks from.</extracomment>
        <translation>ลูกค้า(&amp;U):</translation>
    </message>
    <message>
        <source>S&amp;hipper:</source>
        <translation>ผู้ส่งสินค้า(&amp;H):</translation>
    </message>
    <message>
        <source>Co&amp;nsignee:</source>
        <translation>ผู้รับสินค้า(&amp;N):</translation>
    </message>
    <message>
        <source>Quote &amp;date:</source>
        <translation>วันที่เสนอราคา(&amp;D):</translation>
    </message>
    <message>
        <source>S&amp;hip date:</source>
        <translation>วันที่ส่งสินค้า(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Incoterm:</source>
        <translation>เงื่อนไข Incoterm(&amp;I):</translation>
    </message>
    <message>
        <source>Quote c&amp;urrency:</source>
        <translation>สกุลเงินที่เสนอราคา(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Profit:</source>
        <translation>กำไร(&amp;P):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>หมายเหตุ(&amp;O):</translation>
    </message>
    <message>
        <source>Name, in any script</source>
        <translation>ชื่อ เขียนด้วยอักษรใดก็ได้</translation>
    </message>
    <message>
        <source>Add the typed name as a new party</source>
        <translation>เพิ่มชื่อที่พิมพ์เป็นคู่ค้าใหม่</translation>
    </message>
    <message>
        <source>This booking&apos;s own markup or margin; blank: profile or settings</source>
        <translation>ส่วนบวกเพิ่มหรือกำไรขั้นต้นของการจองนี้เอง เว้นว่าง: ใช้โปรไฟล์ราคาหรือการตั้งค่า</translation>
    </message>
    <message>
        <source>Profit %</source>
        <translation>กำไร %</translation>
    </message>
    <message>
        <source>from profile</source>
        <translation>ตามโปรไฟล์ราคา</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>saved</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>แก้ไขแล้ว</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>เปลี่ยนสถานะ</translation>
    </message>
    <message>
        <source>re-priced</source>
        <translation>คิดราคาใหม่แล้ว</translation>
    </message>
    <message>
        <source>margin approved</source>
        <translation>อนุมัติอัตรากำไรแล้ว</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>โดย %1: %2</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>ฉบับที่ %1</translation>
    </message>
    <message>
        <source>before</source>
        <translation>ก่อน</translation>
    </message>
    <message>
        <source>after</source>
        <translation>หลัง</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <source>Import refused: %1</source>
        <translation>ปฏิเสธการนำเข้า: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>บรรทัด</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Problems found in %1: %2. Nothing was imported: correct the file and import it again.</source>
        <translation>พบปัญหาใน %1: %2 ไม่มีข้อมูลใดถูกนำเข้า กรุณาแก้ไขไฟล์แล้วนำเข้าใหม่</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>คัดลอกรายการ(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Sea FCL</source>
        <extracomment>The source texts of ``core.vocabulary``&apos;s names, literal for ``pyside6-lupdate`` (a test checks that they are exactly the core&apos;s names: one vocabulary).</extracomment>
        <translation>ทางเรือ FCL</translation>
    </message>
    <message>
        <source>Sea LCL</source>
        <translation>ทางเรือ LCL</translation>
    </message>
    <message>
        <source>Rail FCL</source>
        <translation>ทางรถไฟ FCL</translation>
    </message>
    <message>
        <source>Rail LCL</source>
        <translation>ทางรถไฟ LCL</translation>
    </message>
    <message>
        <source>Truck FTL</source>
        <translation>รถบรรทุก FTL</translation>
    </message>
    <message>
        <source>Truck LTL</source>
        <translation>รถบรรทุก LTL</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>ทางอากาศ</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>เสนอราคาแล้ว</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>ไม่ได้งาน</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <source>per container</source>
        <translation>ต่อตู้</translation>
    </message>
    <message>
        <source>per truck</source>
        <translation>ต่อคัน</translation>
    </message>
    <message>
        <source>per W/M</source>
        <translation>ต่อ W/M</translation>
    </message>
    <message>
        <source>per kg</source>
        <translation>ต่อ กก.</translation>
    </message>
    <message>
        <source>per shipment</source>
        <translation>ต่อการขนส่ง</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>เปอร์เซ็นต์</translation>
    </message>
    <message>
        <source>Markup %</source>
        <translation>บวกเพิ่ม %</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>กำไรขั้นต้น %</translation>
    </message>
    <message>
        <source>markup %1 %</source>
        <translation>บวกเพิ่ม %1 %</translation>
    </message>
    <message>
        <source>margin %1 %</source>
        <translation>กำไรขั้นต้น %1 %</translation>
    </message>
</context>
<context>
    <name>LegsPanel</name>
    <message>
        <source>spot %1</source>
        <extracomment>What a clerk adds to a leg by hand (selling.md §4), kept in the row as JSON text. Finds carriers: (mode, origin, destination, ETD) → names.</extracomment>
        <translation>สปอต %1</translation>
    </message>
    <message>
        <source>Priced from an earlier ready date: a leg before this one has a problem, so its dates and price may still change</source>
        <translation>คิดราคาจากวันที่พร้อมส่งก่อนหน้า: ช่วงก่อนหน้านี้มีปัญหา วันที่และราคาของช่วงนี้จึงอาจยังเปลี่ยนได้</translation>
    </message>
    <message>
        <source>Cargo ready {ready}; at the terminal by {cutoff}; sails {etd}</source>
        <translation>สินค้าพร้อม {ready} ถึงท่าภายใน {cutoff} ออกเดินทาง {etd}</translation>
    </message>
    <message>
        <source>No schedule: departs when ready</source>
        <translation>ไม่มีตาราง: ออกเมื่อสินค้าพร้อม</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>รูปแบบ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ต้นทาง</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ปลายทาง</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>ผู้ขนส่ง</translation>
    </message>
    <message>
        <source>ETD</source>
        <translation>วันออก</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>วันถึง</translation>
    </message>
    <message>
        <source>Price or problem</source>
        <translation>ราคาหรือปัญหา</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>เพิ่มเอง</translation>
    </message>
    <message>
        <source>Cut-off</source>
        <translation>เวลาปิดรับสินค้า</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>ถูกที่สุด</translation>
    </message>
    <message>
        <source>Remove spot rate %1</source>
        <translation>ลบราคาสปอต %1</translation>
    </message>
    <message>
        <source>Remove charge %1</source>
        <translation>ลบค่าใช้จ่าย %1</translation>
    </message>
    <message>
        <source>Nothing added to this leg</source>
        <translation>ยังไม่มีรายการที่เพิ่มในช่วงขนส่งนี้</translation>
    </message>
    <message>
        <source>Add leg</source>
        <translation>เพิ่มช่วงขนส่ง</translation>
    </message>
    <message>
        <source>Add a leg starting where the last one ends (Ctrl+L)</source>
        <translation>เพิ่มช่วงขนส่งที่เริ่มจากจุดสิ้นสุดของช่วงสุดท้าย (Ctrl+L)</translation>
    </message>
    <message>
        <source>Remove leg</source>
        <translation>ลบช่วงขนส่ง</translation>
    </message>
    <message>
        <source>Add charge…</source>
        <translation>เพิ่มค่าใช้จ่าย…</translation>
    </message>
    <message>
        <source>Add a charge by hand to the leg under the cursor</source>
        <translation>เพิ่มค่าใช้จ่ายด้วยตนเองให้ช่วงขนส่งที่เคอร์เซอร์อยู่</translation>
    </message>
    <message>
        <source>Spot rate…</source>
        <translation>ราคาสปอต…</translation>
    </message>
    <message>
        <source>Price the leg under the cursor at a rate a carrier gave for this shipment</source>
        <translation>คิดราคาช่วงขนส่งที่เคอร์เซอร์อยู่ตามอัตราที่ผู้ขนส่งให้สำหรับการขนส่งนี้</translation>
    </message>
    <message>
        <source>Remove added</source>
        <translation>ลบรายการที่เพิ่มเอง</translation>
    </message>
    <message>
        <source>Remove a charge or spot rate added to the leg under the cursor</source>
        <translation>ลบค่าใช้จ่ายหรือราคาสปอตที่เพิ่มให้ช่วงขนส่งที่เคอร์เซอร์อยู่</translation>
    </message>
    <message>
        <source>Suggest routes…</source>
        <translation>แนะนำเส้นทาง…</translation>
    </message>
    <message>
        <source>Every route from the first origin to the last destination, for this cargo</source>
        <translation>ทุกเส้นทางจากต้นทางแรกถึงปลายทางสุดท้าย สำหรับสินค้านี้</translation>
    </message>
</context>
<context>
    <name>LiveQuoter</name>
    <message>
        <source>Add a leg to see the quote.</source>
        <extracomment>How long the clerk pauses typing before the request is priced again.</extracomment>
        <translation>เพิ่มช่วงขนส่งเพื่อดูราคา</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a booking to print it.</source>
        <translation>กรุณาเปิดการจองเพื่อพิมพ์</translation>
    </message>
    <message>
        <source>Save the booking before printing it.</source>
        <translation>กรุณาบันทึกการจองก่อนพิมพ์</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>บันทึก PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>About the booking desk</source>
        <translation>เกี่ยวกับโปรแกรมรับจอง</translation>
    </message>
    <message>
        <source>Quotes and bookings for freight on the China–ASEAN land-sea corridor.
Rates in the demo database are illustrative samples only.</source>
        <translation>ใบเสนอราคาและการจองขนส่งสินค้าบนระเบียงทางบก-ทะเลจีน–อาเซียน
ค่าระวางในฐานข้อมูลตัวอย่างเป็นเพียงตัวอย่างประกอบเท่านั้น</translation>
    </message>
    <message>
        <source>Booking desk</source>
        <translation>โปรแกรมรับจอง</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>การจอง</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>ค่าระวาง</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>คู่ค้า</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>ผลงาน</translation>
    </message>
    <message>
        <source>This view is not available in this build yet.</source>
        <translation>มุมมองนี้ยังไม่มีในรุ่นนี้</translation>
    </message>
    <message>
        <source>This view opens when the server is back.</source>
        <extracomment>The catalogue&apos;s views: (module, class), imported when the window is built.</extracomment>
        <translation>มุมมองนี้จะเปิดได้เมื่อเซิร์ฟเวอร์กลับมา</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <source>B&amp;ooking</source>
        <translation>การจอง(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>วิธีใช้(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>แถบเครื่องมือหลัก</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>ไฟล์ฐานข้อมูล</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>A number is needed here.</source>
        <extracomment>Error codes of :class:`NumberError`.</extracomment>
        <translation>ต้องใส่ตัวเลขที่นี่</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1” ไม่ใช่จำนวนเต็ม</translation>
    </message>
    <message>
        <source>“%1” is not a threshold:rate pair, e.g. %2.</source>
        <translation>“%1” ไม่ใช่คู่ เกณฑ์:อัตรา เช่น %2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: write it like %2.</source>
        <translation>อ่าน “%1” ไม่ได้: กรุณาเขียนแบบ %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> หรือ </translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>หมายถึง %1 ใช่หรือไม่</translation>
    </message>
    <message>
        <source>“%1” is not a number; write it like %2.</source>
        <translation>“%1” ไม่ใช่ตัวเลข กรุณาเขียนแบบ %2</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message numerus="yes">
        <source>Offline: the office server cannot be reached. Quotes come from this desk&apos;s copy of the rates (%n minute(s) old); bookings cannot be saved until the server is back. Nothing you type is lost.</source>
        <extracomment>How often the banner&apos;s &quot;N minutes old&quot; is brought up to date (milliseconds).</extracomment>
        <translation>
            <numerusform>ออฟไลน์: ติดต่อเซิร์ฟเวอร์ของสำนักงานไม่ได้ ใบเสนอราคาใช้สำเนาอัตราค่าขนส่งในเครื่องนี้ (อายุ %n นาที) บันทึกการจองไม่ได้จนกว่าเซิร์ฟเวอร์จะกลับมา ข้อมูลที่พิมพ์ไว้ไม่หาย</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ออฟไลน์</translation>
    </message>
</context>
<context>
    <name>PartiesView</name>
    <message>
        <source>&amp;Search</source>
        <translation>ค้นหา(&amp;S)</translation>
    </message>
    <message>
        <source>name, contact, phone, email, tax id (Ctrl+F)</source>
        <translation>ชื่อ ผู้ติดต่อ โทรศัพท์ อีเมล เลขประจำตัวผู้เสียภาษี (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>เลขผู้เสียภาษี</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ชื่อ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>ที่อยู่(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>ผู้ติดต่อ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>โทรศัพท์(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>อีเมล(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tax ID</source>
        <translation>เลขผู้เสียภาษี(&amp;T)</translation>
    </message>
    <message>
        <source>Ne&amp;w party</source>
        <translation>คู่ค้าใหม่(&amp;W)</translation>
    </message>
    <message>
        <source>Start a new party (Insert)</source>
        <translation>เริ่มคู่ค้าใหม่ (Insert)</translation>
    </message>
    <message>
        <source>&amp;Save party</source>
        <translation>บันทึกคู่ค้า(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>เลิกทำการเปลี่ยนแปลง(&amp;U)</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>นำเข้า:</translation>
    </message>
    <message>
        <source>Import &amp;parties…</source>
        <translation>นำเข้าคู่ค้า(&amp;P)…</translation>
    </message>
    <message>
        <source>A sheet of name, address, contact, phone, email, tax_id; a known name is updated</source>
        <translation>ตารางคอลัมน์ name, address, contact, phone, email, tax_id ชื่อที่มีอยู่แล้วจะถูกปรับปรุง</translation>
    </message>
    <message>
        <source>Import p&amp;ricing…</source>
        <translation>นำเข้าการกำหนดราคา(&amp;R)…</translation>
    </message>
    <message>
        <source>A sheet of customer, mode, rule, percent, min_margin_percent</source>
        <translation>ตารางคอลัมน์ customer, mode, rule, percent, min_margin_percent</translation>
    </message>
    <message>
        <source>Import se&amp;ll rates…</source>
        <translation>นำเข้าราคาขายตามสัญญา(&amp;L)…</translation>
    </message>
    <message>
        <source>A sheet of customers&apos; contract tariffs: customer, mode, origin, destination, equipment, basis, currency, rate, …, surcharges; all rows or none</source>
        <translation>ตารางราคาตามสัญญาของลูกค้า: customer, mode, origin, destination, equipment, basis, currency, rate, …, surcharges นำเข้าทุกแถวหรือไม่นำเข้าเลย</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>คู่ค้าใหม่</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>คู่ค้า</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>คู่ค้า: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ยังไม่บันทึก: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>PartyBadges</name>
    <message>
        <source>No party is called %1 yet: saving the booking adds it</source>
        <translation>ยังไม่มีคู่ค้าชื่อ %1 การบันทึกการจองจะเพิ่มให้</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>of %1</source>
        <extracomment>What a window manager&apos;s title bar and borders may take around the dialog.</extracomment>
        <translation>จาก %1</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>ดูตัวอย่าง: %1</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>หน้าก่อน</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>หน้าถัดไป</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ย่อ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>พอดีความกว้าง</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>ทั้งหน้า</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>พิมพ์(&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>บันทึก PDF(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Mode</source>
        <extracomment>Something a screen shows as a problem: data from the services, or a sentence already in the clerk&apos;s language (a number the GUI could not read). Anything else (an unexpected exception) is shown as its text.</extracomment>
        <translation>รูปแบบการขนส่ง</translation>
    </message>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>ผู้ขนส่ง</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Shipper</source>
        <translation>ผู้ส่งสินค้า</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>ผู้รับสินค้า</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>อินโคเทอมส์</translation>
    </message>
    <message>
        <source>Cargo description</source>
        <translation>รายละเอียดสินค้า</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Quote date</source>
        <translation>วันที่เสนอราคา</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>วันที่ส่งสินค้า</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Markup %</source>
        <translation>บวกเพิ่ม %</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>อัตรากำไร %</translation>
    </message>
    <message>
        <source>Extra charges</source>
        <translation>ค่าใช้จ่ายเพิ่มเติม</translation>
    </message>
    <message>
        <source>Spot rate</source>
        <translation>ราคาสปอต</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>การอนุมัติ</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>เส้นทาง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ท่าเรือ</translation>
    </message>
    <message>
        <source>rail terminal</source>
        <translation>สถานีรถไฟสินค้า</translation>
    </message>
    <message>
        <source>airport</source>
        <translation>สนามบิน</translation>
    </message>
    <message>
        <source>inland depot</source>
        <translation>ลานพักสินค้าภายในประเทศ</translation>
    </message>
    <message>
        <source>border crossing</source>
        <translation>ด่านชายแดน</translation>
    </message>
    <message>
        <source>city</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>No rate from carrier {carrier} on this lane</source>
        <translation>ผู้ขนส่ง {carrier} ไม่มีราคาในเส้นทางนี้</translation>
    </message>
    <message>
        <source>No rate on this lane</source>
        <translation>เส้นทางนี้ไม่มีราคา</translation>
    </message>
    <message>
        <source>No rate from carrier {carrier} valid on {day}</source>
        <translation>ผู้ขนส่ง {carrier} ไม่มีราคาที่ใช้ได้ในวันที่ {day}</translation>
    </message>
    <message>
        <source>No rate valid on {day}</source>
        <translation>ไม่มีราคาที่ใช้ได้ในวันที่ {day}</translation>
    </message>
    <message>
        <source>containers/trucks {units}</source>
        <translation>ตู้คอนเทนเนอร์/รถบรรทุก {units}</translation>
    </message>
    <message>
        <source>loose cargo</source>
        <translation>สินค้าแยกชิ้น</translation>
    </message>
    <message>
        <source>Air freight needs an airport: {location} is a {kind}. Its airport: {airports}</source>
        <translation>การขนส่งทางอากาศต้องใช้สนามบิน: {location} เป็น{kind} สนามบินของที่นั่น: {airports}</translation>
    </message>
    <message>
        <source>Air freight needs an airport: {location} is a {kind}, not an airport</source>
        <translation>การขนส่งทางอากาศต้องใช้สนามบิน: {location} เป็น{kind} ไม่ใช่สนามบิน</translation>
    </message>
    <message>
        <source>Choose where this leg starts (From)</source>
        <translation>เลือกจุดเริ่มต้นของช่วงนี้ (จาก)</translation>
    </message>
    <message>
        <source>Choose where this leg ends (To)</source>
        <translation>เลือกจุดสิ้นสุดของช่วงนี้ (ถึง)</translation>
    </message>
    <message>
        <source>Unknown location {location}</source>
        <extracomment>code → the sentence&apos;s template (``{name}`` is a parameter); a callable picks one.</extracomment>
        <translation>ไม่รู้จักสถานที่ {location}</translation>
    </message>
    <message>
        <source>No departure of {carriers} within {days} days with a valid rate</source>
        <translation>{carriers} ไม่มีเที่ยวออกภายใน {days} วันที่มีราคาใช้ได้</translation>
    </message>
    <message>
        <source>No rate for equipment {equipment}</source>
        <translation>ไม่มีราคาสำหรับอุปกรณ์ {equipment}</translation>
    </message>
    <message>
        <source>No rate fits {cargo} (rates here are {bases})</source>
        <translation>ไม่มีราคาที่เหมาะกับ{cargo} (ราคาที่นี่คิด{bases})</translation>
    </message>
    <message>
        <source>The spot rate does not fit {cargo}</source>
        <translation>ราคาสปอตไม่เหมาะกับ{cargo}</translation>
    </message>
    <message>
        <source>No exchange rate for {currency} valid on {day}</source>
        <translation>ไม่มีอัตราแลกเปลี่ยน {currency} ที่ใช้ได้ในวันที่ {day}</translation>
    </message>
    <message>
        <source>A booking needs: {fields}</source>
        <translation>การจองต้องมี: {fields}</translation>
    </message>
    <message>
        <source>The cargo is empty: give pieces, weight/volume, containers or trucks</source>
        <translation>ยังไม่มีสินค้า: ระบุจำนวนชิ้น น้ำหนัก/ปริมาตร ตู้คอนเทนเนอร์ หรือรถบรรทุก</translation>
    </message>
    <message>
        <source>Leg {previous} ends at {end} but leg {leg} starts at {start}</source>
        <translation>ช่วงที่ {previous} สิ้นสุดที่ {end} แต่ช่วงที่ {leg} เริ่มที่ {start}</translation>
    </message>
    <message>
        <source>Choose the mode of this leg</source>
        <translation>เลือกรูปแบบการขนส่งของช่วงนี้</translation>
    </message>
    <message>
        <source>Mode {value} is not known</source>
        <translation>ไม่รู้จักรูปแบบการขนส่ง {value}</translation>
    </message>
    <message>
        <source>{value} is not a location code (five letters or digits)</source>
        <translation>{value} ไม่ใช่รหัสสถานที่ (ตัวอักษรหรือตัวเลขห้าตัว)</translation>
    </message>
    <message>
        <source>{field}: {value} is not a date</source>
        <translation>{field}: {value} ไม่ใช่วันที่</translation>
    </message>
    <message>
        <source>{value} is not a currency code</source>
        <translation>{value} ไม่ใช่รหัสสกุลเงิน</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>ไม่มี {field}</translation>
    </message>
    <message>
        <source>{field}: {value} is not a number</source>
        <translation>{field}: {value} ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <source>{field}: {value} is not a location code (five letters or digits)</source>
        <translation>{field}: {value} ไม่ใช่รหัสสถานที่ (ตัวอักษรหรือตัวเลขห้าตัว)</translation>
    </message>
    <message>
        <source>{field}: {value} is not a currency code</source>
        <translation>{field}: {value} ไม่ใช่รหัสสกุลเงิน</translation>
    </message>
    <message>
        <source>{field}: {value} is not a date (YYYY-MM-DD)</source>
        <translation>{field}: {value} ไม่ใช่วันที่ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{field}: {value} is outside the years {low}–{high}</source>
        <translation>{field}: {value} อยู่นอกช่วงปี {low}–{high}</translation>
    </message>
    <message>
        <source>{field}: {value} is not one of {choices}</source>
        <translation>{field}: {value} ไม่ใช่หนึ่งใน {choices}</translation>
    </message>
    <message>
        <source>Unknown column {columns} (expected: {expected})</source>
        <translation>ไม่รู้จักคอลัมน์ {columns} (ที่ต้องการ: {expected})</translation>
    </message>
    <message>
        <source>Missing column {columns}</source>
        <translation>ไม่มีคอลัมน์ {columns}</translation>
    </message>
    <message>
        <source>A column appears twice</source>
        <translation>มีคอลัมน์ซ้ำกันสองครั้ง</translation>
    </message>
    <message>
        <source>The row has {cells} cells, the header {header}</source>
        <translation>แถวนี้มี {cells} เซลล์ แต่หัวตารางมี {header}</translation>
    </message>
    <message>
        <source>No rows to import</source>
        <translation>ไม่มีแถวให้นำเข้า</translation>
    </message>
    <message>
        <source>Repeats the {columns} of line {first}</source>
        <translation>ซ้ำกับ {columns} ของบรรทัด {first}</translation>
    </message>
    <message>
        <source>Cell {cell} is a formula without a calculated value: open the file in Excel and save it again</source>
        <translation>เซลล์ {cell} เป็นสูตรที่ไม่มีค่าที่คำนวณแล้ว: เปิดไฟล์ใน Excel แล้วบันทึกอีกครั้ง</translation>
    </message>
    <message>
        <source>Could not import ({detail})</source>
        <translation>นำเข้าไม่ได้ ({detail})</translation>
    </message>
    <message>
        <source>Not allowed: {action} needs the {role} role</source>
        <translation>ไม่อนุญาต: {action} ต้องมีบทบาท {role}</translation>
    </message>
    <message>
        <source>Unknown setting {key}</source>
        <translation>ไม่รู้จักการตั้งค่า {key}</translation>
    </message>
    <message>
        <source>{field}: {value} must be from {low} to {high}</source>
        <translation>{field}: {value} ต้องอยู่ระหว่าง {low} ถึง {high}</translation>
    </message>
    <message>
        <source>{field}: {value} must be a whole number {low} to {high}</source>
        <translation>{field}: {value} ต้องเป็นจำนวนเต็ม {low} ถึง {high}</translation>
    </message>
    <message>
        <source>The price rule must be markup or margin</source>
        <translation>กฎราคาต้องเป็นการบวกเพิ่มหรือกำไรขั้นต้น</translation>
    </message>
    <message>
        <source>Documents language {value} is not one of {choices}</source>
        <translation>ภาษาเอกสาร {value} ไม่ใช่หนึ่งใน {choices}</translation>
    </message>
    <message>
        <source>A backup copies a database file; an office server keeps its own</source>
        <translation>การสำรองข้อมูลคัดลอกไฟล์ฐานข้อมูล เซิร์ฟเวอร์สำนักงานเก็บสำรองของตัวเอง</translation>
    </message>
    <message>
        <source>{path} is the database itself: choose a backup file</source>
        <translation>{path} คือฐานข้อมูลเอง: เลือกไฟล์สำรอง</translation>
    </message>
    <message>
        <source>The database {path} cannot be used</source>
        <translation>ใช้ฐานข้อมูล {path} ไม่ได้</translation>
    </message>
    <message>
        <source>{path} is not a booking desk database</source>
        <translation>{path} ไม่ใช่ฐานข้อมูลของโต๊ะจอง</translation>
    </message>
    <message>
        <source>The database is damaged ({detail}): restore a backup</source>
        <translation>ฐานข้อมูลเสียหาย ({detail}): กู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of the desk (schema {found} &gt; {known})</source>
        <translation>{path} สร้างโดยโต๊ะจองรุ่นที่ใหม่กว่า (สคีมา {found} &gt; {known})</translation>
    </message>
    <message>
        <source>The database {path} is read-only: nothing was saved</source>
        <translation>ฐานข้อมูล {path} เป็นแบบอ่านอย่างเดียว: ไม่ได้บันทึกอะไร</translation>
    </message>
    <message>
        <source>The database is busy ({detail}): nothing was saved, try again</source>
        <translation>ฐานข้อมูลไม่ว่าง ({detail}): ไม่ได้บันทึกอะไร ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was saved</source>
        <translation>ดิสก์ที่เก็บ {path} เต็ม: ไม่ได้บันทึกอะไร</translation>
    </message>
    <message>
        <source>{path} is the database (or one of its files): choose another file</source>
        <translation>{path} คือฐานข้อมูล (หรือไฟล์หนึ่งของมัน): เลือกไฟล์อื่น</translation>
    </message>
    <message>
        <source>This {what} is no longer there (removed on another desk?)</source>
        <translation>{what}นี้ไม่มีอยู่แล้ว (ถูกลบที่โต๊ะอื่นหรือไม่?)</translation>
    </message>
    <message>
        <source>No party called {name}</source>
        <translation>ไม่มีคู่ค้าชื่อ {name}</translation>
    </message>
    <message>
        <source>{value} is not an email address</source>
        <translation>{value} ไม่ใช่ที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>A party named {name} already exists</source>
        <translation>มีคู่ค้าชื่อ {name} อยู่แล้ว</translation>
    </message>
    <message>
        <source>{customer} already has a pricing row for {mode}</source>
        <translation>{customer} มีแถวราคาสำหรับ {mode} อยู่แล้ว</translation>
    </message>
    <message>
        <source>{customer} has no pricing row for {mode}</source>
        <translation>{customer} ไม่มีแถวราคาสำหรับ {mode}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>เขียน {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>ฝ่ายขาย</translation>
    </message>
    <message>
        <source>pricing</source>
        <translation>ฝ่ายกำหนดราคา</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>rates</source>
        <translation>อัตราค่าขนส่ง</translation>
    </message>
    <message>
        <source>surcharges</source>
        <translation>ค่าธรรมเนียมเพิ่มเติม</translation>
    </message>
    <message>
        <source>FX rates</source>
        <translation>อัตราแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>pricing profiles</source>
        <translation>โปรไฟล์ราคา</translation>
    </message>
    <message>
        <source>sell tariffs</source>
        <translation>อัตราขาย</translation>
    </message>
    <message>
        <source>schedules</source>
        <translation>ตารางเดินเรือ</translation>
    </message>
    <message>
        <source>office settings</source>
        <translation>การตั้งค่าสำนักงาน</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>บันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>reading this</source>
        <translation>การอ่านข้อมูลนี้</translation>
    </message>
    <message>
        <source>importing {what}</source>
        <translation>การนำเข้า{what}</translation>
    </message>
    <message>
        <source>changing {what}</source>
        <translation>การแก้ไข{what}</translation>
    </message>
    <message>
        <source>party</source>
        <translation>คู่ค้า</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>อัตรา</translation>
    </message>
    <message>
        <source>tariff row</source>
        <translation>แถวอัตราขาย</translation>
    </message>
    <message>
        <source>schedule row</source>
        <translation>แถวตารางเดินเรือ</translation>
    </message>
    <message>
        <source>every mode</source>
        <translation>ทุกรูปแบบการขนส่ง</translation>
    </message>
    <message>
        <source>{field} must not be negative</source>
        <translation>{field} ต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>{field} must be a whole number</source>
        <translation>{field} ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <source>Margin {margin} % is below the floor of {floor} % for {customer}: needs approval</source>
        <translation>อัตรากำไร {margin} % ต่ำกว่าขั้นต่ำ {floor} % ของ{customer}: ต้องได้รับอนุมัติ</translation>
    </message>
    <message>
        <source>{booking_no} is cancelled and cannot be changed</source>
        <translation>{booking_no} ถูกยกเลิกแล้วและเปลี่ยนแปลงไม่ได้</translation>
    </message>
    <message>
        <source>A {current} booking cannot become {new}</source>
        <translation>การจองที่{current}ไม่สามารถเปลี่ยนเป็น{new}</translation>
    </message>
    <message>
        <source>{booking_no} has no price yet: enter a rate for every leg</source>
        <translation>{booking_no} ยังไม่มีราคา: ใส่ราคาให้ทุกช่วง</translation>
    </message>
    <message>
        <source>Give a markup or a margin, not both</source>
        <translation>ใส่ค่าบวกเพิ่มหรืออัตรากำไรอย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสอง</translation>
    </message>
    <message>
        <source>A margin must be below 100 %</source>
        <translation>อัตรากำไรต้องต่ำกว่า 100 %</translation>
    </message>
    <message>
        <source>Cannot reach the office server {target}: {reason}</source>
        <translation>ติดต่อเซิร์ฟเวอร์สำนักงาน {target} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>ลูกค้ารายนี้</translation>
    </message>
    <message>
        <source>(no rate for equipment {equipment})</source>
        <translation>(ไม่มีราคาสำหรับอุปกรณ์ {equipment})</translation>
    </message>
    <message>
        <source>Leg {leg} ({mode} {origin} → {destination})</source>
        <translation>ช่วงที่ {leg} ({mode} {origin} → {destination})</translation>
    </message>
    <message>
        <source>Leg {leg}</source>
        <translation>ช่วงที่ {leg}</translation>
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
        <translation>แถวการกำหนดราคาใหม่ของ %1</translation>
    </message>
    <message>
        <source>Pricing row of %1</source>
        <translation>แถวการกำหนดราคาของ %1</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>รูปแบบขนส่ง(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>กฎ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Percent</source>
        <translation>เปอร์เซ็นต์(&amp;P)</translation>
    </message>
    <message>
        <source>Min. mar&amp;gin %</source>
        <translation>กำไรขั้นต้นขั้นต่ำ %(&amp;G)</translation>
    </message>
    <message>
        <source>every mode</source>
        <translation>ทุกรูปแบบขนส่ง</translation>
    </message>
    <message>
        <source>blank: the settings&apos; floor</source>
        <translation>เว้นว่าง: ใช้เกณฑ์ขั้นต่ำในการตั้งค่า</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ยังไม่บันทึก: %1</translation>
    </message>
</context>
<context>
    <name>ProfilesBox</name>
    <message>
        <source>every mode</source>
        <translation>ทุกรูปแบบขนส่ง</translation>
    </message>
    <message>
        <source>Pricing profile</source>
        <translation>โปรไฟล์ราคา</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>รูปแบบขนส่ง</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>กฎ</translation>
    </message>
    <message>
        <source>%</source>
        <translation>อัตรา %</translation>
    </message>
    <message>
        <source>Min. margin %</source>
        <translation>กำไรขั้นต่ำ %</translation>
    </message>
    <message>
        <source>Add &amp;row…</source>
        <translation>เพิ่มแถว(&amp;R)…</translation>
    </message>
    <message>
        <source>Ed&amp;it row…</source>
        <translation>แก้ไขแถว(&amp;I)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>ลบแถว(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>ลบแถวที่เลือก (Delete)</translation>
    </message>
    <message>
        <source>Save the party first to give it a pricing profile.</source>
        <translation>กรุณาบันทึกคู่ค้าก่อนจึงจะกำหนดโปรไฟล์ราคาได้</translation>
    </message>
    <message>
        <source>No profile: the settings&apos; default price and floor apply.</source>
        <translation>ไม่มีโปรไฟล์ราคา: ใช้ราคาและเกณฑ์ขั้นต่ำเริ่มต้นจากการตั้งค่า</translation>
    </message>
    <message>
        <source>A mode&apos;s row wins over the every-mode row.</source>
        <translation>แถวของรูปแบบขนส่งเฉพาะมีผลเหนือแถวทุกรูปแบบขนส่ง</translation>
    </message>
    <message>
        <source>Each leg takes the row of its mode, else the every-mode row, else the settings&apos; default; a request&apos;s own markup or margin wins over all. The floor comes from the first leg&apos;s row, else the every-mode row.</source>
        <translation>แต่ละช่วงขนส่งใช้แถวของรูปแบบขนส่งของตน ถ้าไม่มีใช้แถวทุกรูปแบบขนส่ง ถ้าไม่มีอีกใช้ค่าเริ่มต้นในการตั้งค่า ส่วนบวกเพิ่มหรือกำไรขั้นต้นที่ระบุในคำขอมีผลเหนือทั้งหมด เกณฑ์ขั้นต่ำมาจากแถวของช่วงแรก ถ้าไม่มีใช้แถวทุกรูปแบบขนส่ง</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>ยังไม่ได้ลบ: %1</translation>
    </message>
    <message>
        <source>Row removed.</source>
        <translation>ลบแถวแล้ว</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <extracomment>Qt&apos;s own file dialog (its labels and buttons) and the file list&apos;s column headers.</extracomment>
        <translation>ค้นหาใน:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ชื่อไฟล์(&amp;N):</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ชนิดไฟล์:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>เลือก(&amp;C)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>โฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>โฟลเดอร์แม่</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>มุมมองรายการ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>มุมมองรายละเอียด</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>วันที่แก้ไข</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <extracomment>The GNOME theme&apos;s own texts for the buttons it names differently.</extracomment>
        <translation>ตกลง(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>ยกเลิก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ปิด(&amp;C)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>ปิดโดยไม่บันทึก</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <extracomment>The message box&apos;s own buttons for its details text.</extracomment>
        <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s generic theme: standard button → (context, source text), as Qt looks it up.</extracomment>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ไม่ทั้งหมด(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ยุติ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>เพิกเฉย</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ละทิ้ง</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QuotationSender</name>
    <message>
        <source>Open a booking to send its quotation.</source>
        <translation>กรุณาเปิดการจองเพื่อส่งใบเสนอราคา</translation>
    </message>
    <message>
        <source>Only a draft or quoted booking can be sent as a quotation.</source>
        <translation>ส่งใบเสนอราคาได้เฉพาะการจองที่เป็นฉบับร่างหรือเสนอราคาแล้ว</translation>
    </message>
    <message>
        <source>No folder for temporary files.</source>
        <translation>ไม่มีโฟลเดอร์สำหรับไฟล์ชั่วคราว</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>กำลังเขียน %1…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>ยังไม่ได้ส่ง: %1</translation>
    </message>
    <message>
        <source>Quotation %1 handed to the mail program; the booking is %2.</source>
        <translation>ส่งใบเสนอราคา %1 ให้โปรแกรมอีเมลแล้ว การจองมีสถานะ %2</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <source>Show cost</source>
        <extracomment>The exact text (as the services gave it) of a money or quantity cell. The line fields shown, as the quote JSON names them (the margin column follows them). The columns hidden while a customer looks at the screen.</extracomment>
        <translation>แสดงต้นทุน</translation>
    </message>
    <message>
        <source>Hide cost</source>
        <translation>ซ่อนต้นทุน</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>กำลังคำนวณ…</translation>
    </message>
    <message>
        <source>Total: not known while leg %1 cannot be priced</source>
        <translation>รวม: ยังไม่ทราบ เนื่องจากช่วงที่ %1 คิดราคาไม่ได้</translation>
    </message>
    <message>
        <source>Total: not known while legs %1 cannot be priced</source>
        <translation>รวม: ยังไม่ทราบ เนื่องจากช่วงที่ %1 คิดราคาไม่ได้</translation>
    </message>
    <message>
        <source>Total: not priced</source>
        <translation>ยอดรวม: ยังไม่คิดราคา</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>หน่วยคิดค่า</translation>
    </message>
    <message>
        <source>Ccy</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>ต้นทุน/หน่วย</translation>
    </message>
    <message>
        <source>Cost amount</source>
        <translation>ยอดต้นทุน</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>ต้นทุน %1</translation>
    </message>
    <message>
        <source>Sell qty</source>
        <translation>จำนวนขาย</translation>
    </message>
    <message>
        <source>Sell unit</source>
        <translation>ราคาขาย/หน่วย</translation>
    </message>
    <message>
        <source>Sell ccy</source>
        <translation>สกุลเงินขาย</translation>
    </message>
    <message>
        <source>Sell amount</source>
        <translation>ยอดขาย</translation>
    </message>
    <message>
        <source>Price %1</source>
        <translation>ราคาขาย %1</translation>
    </message>
    <message>
        <source>Margin %1</source>
        <translation>กำไร %1</translation>
    </message>
    <message>
        <source>Saved total: %1</source>
        <translation>ยอดรวมที่บันทึก: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>ยอดรวม: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>ต้นทุน: %1</translation>
    </message>
    <message>
        <source>Margin: %1 (%2 %)</source>
        <translation>กำไร: %1 (%2 %)</translation>
    </message>
    <message>
        <source>below the floor of %1 %</source>
        <translation>ต่ำกว่าเกณฑ์ขั้นต่ำ %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Transit: %n day(s)</source>
        <translation>
            <numerusform>ระยะเวลาขนส่ง: %n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>FX per USD on %1: %2</source>
        <translation>อัตราแลกเปลี่ยนต่อ USD วันที่ %1: %2</translation>
    </message>
    <message>
        <source>≈ %1 kg CO2e (estimate)</source>
        <translation>≈ %1 กก. CO2e (ประมาณการ)</translation>
    </message>
    <message>
        <source>Margin %1 % is below the floor of %2 % (customer: %3): confirming needs an approver and a reason.</source>
        <translation>กำไรขั้นต้น %1 % ต่ำกว่าเกณฑ์ขั้นต่ำ %2 % (ลูกค้า: %3) การยืนยันต้องมีผู้อนุมัติและเหตุผล</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>ลูกค้ารายนี้</translation>
    </message>
    <message>
        <source>Leg %1</source>
        <translation>ช่วงที่ %1</translation>
    </message>
    <message>
        <source>provisional: an earlier leg has a problem</source>
        <translation>ชั่วคราว: ช่วงก่อนหน้ามีปัญหา</translation>
    </message>
    <message>
        <source>Cannot be priced: %1</source>
        <translation>คิดราคาไม่ได้: %1</translation>
    </message>
    <message>
        <source>chargeable %1</source>
        <translation>คิดค่าขนส่ง %1</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>กำหนดเอง</translation>
    </message>
    <message>
        <source>spot rate</source>
        <translation>ราคาสปอต</translation>
    </message>
    <message>
        <source>contract tariff</source>
        <translation>ราคาตามสัญญา</translation>
    </message>
    <message>
        <source>included</source>
        <translation>รวมแล้ว</translation>
    </message>
    <message>
        <source>Hide the cost and margin while a customer looks at the screen (%1)</source>
        <translation>ซ่อนต้นทุนและกำไรเมื่อลูกค้ามองหน้าจอ (%1)</translation>
    </message>
</context>
<context>
    <name>RateDetails</name>
    <message>
        <source>Breaks of the selected rate</source>
        <translation>ขั้นราคาของอัตราที่เลือก</translation>
    </message>
    <message>
        <source>Surcharges that can apply to it</source>
        <translation>ค่าธรรมเนียมเพิ่มเติมที่อาจใช้</translation>
    </message>
    <message>
        <source>Exchange rates (units per USD)</source>
        <translation>อัตราแลกเปลี่ยน (หน่วยต่อ USD)</translation>
    </message>
    <message>
        <source>From (kg or W/M)</source>
        <translation>ตั้งแต่ (กก. หรือ W/M)</translation>
    </message>
    <message>
        <source>Rate per unit</source>
        <translation>อัตราต่อหน่วย</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>หน่วยคิดค่า</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>ขั้นต่ำ</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>อุปกรณ์</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>ใช้ได้</translation>
    </message>
    <message>
        <source>Units per USD</source>
        <translation>หน่วยต่อ USD</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ต้นทาง</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Edit rate</source>
        <translation>แก้ไขค่าระวาง</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>ค่าระวางใหม่</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>ไม่มีเพดาน</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>เช่น %1</translation>
    </message>
    <message>
        <source>mode&apos;s default</source>
        <translation>ค่าเริ่มต้นของรูปแบบขนส่ง</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>รูปแบบขนส่ง(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>ต้นทาง(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>ปลายทาง(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>ผู้ขนส่ง(&amp;C)</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>บริการ(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Equipment</source>
        <translation>อุปกรณ์(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>หน่วยคิดค่า(&amp;B)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>สกุลเงิน(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>อัตรา(&amp;R)</translation>
    </message>
    <message>
        <source>M&amp;inimum charge</source>
        <translation>ค่าบริการขั้นต่ำ(&amp;I)</translation>
    </message>
    <message>
        <source>Ma&amp;ximum charge (cap)</source>
        <translation>ค่าบริการสูงสุด (เพดาน)(&amp;X)</translation>
    </message>
    <message>
        <source>Brea&amp;ks (kg or W/M)</source>
        <translation>ขั้นราคา (กก. หรือ W/M)(&amp;K)</translation>
    </message>
    <message>
        <source>k&amp;g per cbm</source>
        <translation>กก. ต่อ ลบ.ม.(&amp;G)</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>ใช้ได้ตั้งแต่(&amp;F)</translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation>ใช้ได้ถึง(&amp;T)</translation>
    </message>
    <message>
        <source>Tra&amp;nsit days</source>
        <translation>จำนวนวันขนส่ง(&amp;N)</translation>
    </message>
    <message>
        <source>UN/LOCODE, e.g. CNQZH</source>
        <translation>UN/LOCODE เช่น CNQZH</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ยังไม่บันทึก: %1</translation>
    </message>
</context>
<context>
    <name>RateNotice</name>
    <message numerus="yes">
        <source>%n rate(s) end within %1 days</source>
        <translation>
            <numerusform>ค่าระวาง %n รายการจะหมดอายุภายใน %1 วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>The first ends on %1. They are marked in the Rates view.</source>
        <translation>รายการแรกหมดอายุวันที่ %1 ซึ่งถูกทำเครื่องหมายไว้ในมุมมองค่าระวาง</translation>
    </message>
</context>
<context>
    <name>RateTableModel</name>
    <message>
        <source>Mode</source>
        <extracomment>Background of a rate that ends within the settings&apos; warning days.</extracomment>
        <translation>รูปแบบขนส่ง</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>ต้นทาง</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>ปลายทาง</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>ผู้ขนส่ง</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>อุปกรณ์</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>หน่วยคิดค่า</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>อัตรา</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>ขั้นต่ำ</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>ขั้นราคา</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>ใช้ได้ตั้งแต่</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>ใช้ได้ถึง</translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation>จำนวนวันขนส่ง</translation>
    </message>
    <message>
        <source>Expired: valid until %1</source>
        <translation>หมดอายุ: ใช้ได้ถึง %1</translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n day(s)</source>
        <translation>
            <numerusform>หมดอายุในอีก %n วัน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesView</name>
    <message>
        <source>&amp;Mode</source>
        <translation>รูปแบบขนส่ง(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>ต้นทาง(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>ปลายทาง(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>ผู้ขนส่ง(&amp;C)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ใดก็ได้</translation>
    </message>
    <message>
        <source>any (Ctrl+F)</source>
        <translation>ใดก็ได้ (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Valid on</source>
        <translation>ใช้ได้ในวันที่(&amp;V)</translation>
    </message>
    <message>
        <source>Show e&amp;xpired</source>
        <translation>แสดงที่หมดอายุ(&amp;X)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>ล้างตัวกรอง(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add rate…</source>
        <translation>เพิ่มค่าระวาง(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a rate by hand (Insert)</source>
        <translation>เพิ่มค่าระวางด้วยตนเอง (Insert)</translation>
    </message>
    <message>
        <source>Ed&amp;it rate…</source>
        <translation>แก้ไขค่าระวาง(&amp;I)…</translation>
    </message>
    <message>
        <source>Edit the selected rate (Enter)</source>
        <translation>แก้ไขค่าระวางที่เลือก (Enter)</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>นำเข้า:</translation>
    </message>
    <message>
        <source>&amp;Rate sheet…</source>
        <translation>ตารางค่าระวาง(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Surcharges…</source>
        <translation>ค่าธรรมเนียมเพิ่มเติม(&amp;S)…</translation>
    </message>
    <message>
        <source>Exchan&amp;ge rates…</source>
        <translation>อัตราแลกเปลี่ยน(&amp;G)…</translation>
    </message>
    <message>
        <source>Locatio&amp;ns…</source>
        <translation>สถานที่(&amp;N)…</translation>
    </message>
    <message>
        <source>Sc&amp;hedules…</source>
        <translation>ตารางเวลา(&amp;H)…</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>ค่าระวาง</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>ตารางเวลา</translation>
    </message>
    <message>
        <source>Rates: %1 · schedules: %2</source>
        <translation>ค่าระวาง: %1 · ตารางเวลา: %2</translation>
    </message>
    <message>
        <source>Rate saved.</source>
        <translation>บันทึกค่าระวางแล้ว</translation>
    </message>
</context>
<context>
    <name>Requote</name>
    <message>
        <source>A new quote from %1 (%2), at today&apos;s rates: save or mark it quoted.</source>
        <translation>ใบเสนอราคาใหม่จาก %1 (%2) ตามค่าระวางวันนี้: บันทึกหรือทำเครื่องหมายว่าเสนอราคาแล้ว</translation>
    </message>
    <message>
        <source>Re-quoting %1 at today&apos;s rates: Mark quoted saves revision %2.</source>
        <translation>กำลังเสนอราคาใหม่ %1 ตามค่าระวางวันนี้: เสนอราคาแล้วจะบันทึกเป็นฉบับที่ %2</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>ได้งาน</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ไม่ได้งาน</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>อัตราได้งาน</translation>
    </message>
    <message>
        <source>Won total</source>
        <translation>ยอดที่ได้งาน</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>กำไรขั้นต้น</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Won</source>
        <extracomment>Months shown when the view opens: this one and the five before it.</extracomment>
        <translation>ได้งาน</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ไม่ได้งาน</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <source>Margin won (%1)</source>
        <translation>กำไรที่ได้งาน (%1)</translation>
    </message>
    <message>
        <source>Quotes by month</source>
        <translation>ใบเสนอราคารายเดือน</translation>
    </message>
    <message>
        <source>No quotes in this period.</source>
        <translation>ไม่มีใบเสนอราคาในช่วงนี้</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>ใบเสนอราคา</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>ตั้งแต่(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>ถึง(&amp;T)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>เดือนนี้</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>6 เดือนล่าสุด</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>ปีนี้</translation>
    </message>
    <message>
        <source>By customer</source>
        <translation>ตามลูกค้า</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>ตามเดือน</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>sales</source>
        <translation>ฝ่ายขาย</translation>
    </message>
    <message>
        <source>pricing</source>
        <translation>ฝ่ายกำหนดราคา</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>Needs the %1 role</source>
        <translation>ต้องมีบทบาท%1</translation>
    </message>
    <message>
        <source>You are signed in as %1 with the %2 role: changes here need the %3 role.</source>
        <translation>คุณเข้าระบบเป็น %1 ในบทบาท%2: การแก้ไขที่นี่ต้องมีบทบาท%3</translation>
    </message>
</context>
<context>
    <name>RouteChart</name>
    <message>
        <source>transit days →</source>
        <translation>จำนวนวันขนส่ง →</translation>
    </message>
    <message>
        <source>total ↑</source>
        <translation>ยอดรวม ↑</translation>
    </message>
</context>
<context>
    <name>RouteSuggestionsDialog</name>
    <message>
        <source>Suggest routes</source>
        <translation>แนะนำเส้นทาง</translation>
    </message>
    <message>
        <source>Searching routes…</source>
        <translation>กำลังค้นหาเส้นทาง…</translation>
    </message>
    <message>
        <source>Use this route</source>
        <translation>ใช้เส้นทางนี้</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) found.</source>
        <translation>
            <numerusform>พบ %n เส้นทาง</numerusform>
        </translation>
    </message>
    <message>
        <source>No route can be priced for this cargo and date.</source>
        <translation>ไม่มีเส้นทางที่คิดราคาได้สำหรับสินค้าและวันที่นี้</translation>
    </message>
</context>
<context>
    <name>RouteTableModel</name>
    <message>
        <source>Route</source>
        <translation>เส้นทาง</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation>จำนวนวันขนส่ง</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>วันถึง</translation>
    </message>
    <message>
        <source>CO2e kg</source>
        <translation>CO2e กก.</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>ดีที่สุด</translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>ถูกที่สุด</translation>
    </message>
    <message>
        <source>fastest</source>
        <translation>เร็วที่สุด</translation>
    </message>
    <message>
        <source>greenest</source>
        <translation>เป็นมิตรต่อสิ่งแวดล้อมที่สุด</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>New schedule row</source>
        <translation>แถวตารางเวลาใหม่</translation>
    </message>
    <message>
        <source>Schedule row</source>
        <translation>แถวตารางเวลา</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>รูปแบบขนส่ง(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>ต้นทาง(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>ปลายทาง(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>ผู้ขนส่ง(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;ervice</source>
        <translation>บริการ(&amp;E)</translation>
    </message>
    <message>
        <source>De&amp;partures</source>
        <translation>วันออกเดินทาง(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;ut-off (days before)</source>
        <translation>ปิดรับสินค้า (กี่วันก่อน)(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Transit days</source>
        <translation>จำนวนวันขนส่ง(&amp;T)</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>ใช้ได้ตั้งแต่(&amp;F)</translation>
    </message>
    <message>
        <source>Valid t&amp;o</source>
        <translation>ใช้ได้ถึง(&amp;O)</translation>
    </message>
    <message>
        <source>UN/LOCODE, e.g. CNQZH</source>
        <translation>UN/LOCODE เช่น CNQZH</translation>
    </message>
    <message>
        <source>any service of the carrier</source>
        <translation>บริการใดก็ได้ของผู้ขนส่ง</translation>
    </message>
    <message>
        <source>daily, MON THU, or 2026-12-03 2026-12-10</source>
        <translation>daily (ทุกวัน), MON THU (วันในสัปดาห์) หรือ 2026-12-03 2026-12-10 (วันที่)</translation>
    </message>
    <message>
        <source>the rate&apos;s</source>
        <translation>ตามอัตรา</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ยังไม่บันทึก: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Expired: valid until %1</source>
        <translation>หมดอายุ: ใช้ได้ถึง %1</translation>
    </message>
</context>
<context>
    <name>SchedulesBox</name>
    <message>
        <source>rate&apos;s</source>
        <translation>ตามอัตรา</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>รูปแบบ</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>ต้นทาง</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>ปลายทาง</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>ผู้ขนส่ง</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>วันออกเดินทาง</translation>
    </message>
    <message>
        <source>Cut-off days</source>
        <translation>วันปิดรับสินค้า</translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation>จำนวนวันขนส่ง</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>ใช้ได้</translation>
    </message>
    <message>
        <source>Ne&amp;w schedule…</source>
        <translation>ตารางเวลาใหม่(&amp;W)…</translation>
    </message>
    <message>
        <source>Edi&amp;t schedule…</source>
        <translation>แก้ไขตารางเวลา(&amp;T)…</translation>
    </message>
    <message>
        <source>Edit the selected row (Enter)</source>
        <translation>แก้ไขแถวที่เลือก (Enter)</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>ลบตารางเวลา</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>ลบแถวที่เลือก (Delete)</translation>
    </message>
    <message>
        <source>Schedule saved.</source>
        <translation>บันทึกตารางเวลาแล้ว</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>ยังไม่ได้ลบ: %1</translation>
    </message>
    <message>
        <source>Schedule removed.</source>
        <translation>ลบตารางเวลาแล้ว</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Company name</source>
        <extracomment>Settings that are percentages a clerk types, read in the display language&apos;s notation.</extracomment>
        <translation>ชื่อบริษัท</translation>
    </message>
    <message>
        <source>Company address</source>
        <translation>ที่อยู่บริษัท</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>รูปโลโก้</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>ภาษาของเอกสาร</translation>
    </message>
    <message>
        <source>Default quote currency</source>
        <translation>สกุลเงินเสนอราคาเริ่มต้น</translation>
    </message>
    <message>
        <source>Default markup %</source>
        <translation>บวกเพิ่มเริ่มต้น %</translation>
    </message>
    <message>
        <source>Markup or margin</source>
        <translation>บวกเพิ่มหรือกำไรขั้นต้น</translation>
    </message>
    <message>
        <source>Margin floor %</source>
        <translation>เกณฑ์กำไรขั้นต้นขั้นต่ำ %</translation>
    </message>
    <message>
        <source>Clerk name</source>
        <translation>ชื่อพนักงาน</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Quotation valid for (days)</source>
        <translation>ใบเสนอราคาใช้ได้ (วัน)</translation>
    </message>
    <message>
        <source>Warn of rates ending within (days)</source>
        <translation>เตือนค่าระวางที่จะหมดอายุภายใน (วัน)</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>หัวจดหมาย</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>ใบเสนอราคา</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>โต๊ะงาน</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <source>The customer&apos;s language</source>
        <translation>ภาษาของลูกค้า</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>เลือก(&amp;H)…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>ไม่มีโลโก้</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>บันทึกการตั้งค่า(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>เลิกทำการเปลี่ยนแปลง(&amp;U)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>บันทึกการตั้งค่าแล้ว</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ยังไม่บันทึก: %1</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>รูปภาพ (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>cannot read this image</source>
        <translation>อ่านรูปนี้ไม่ได้</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 ไบต์</translation>
    </message>
    <message>
        <source>This database is on a network share. SQLite files there can be damaged when several computers use them at once: keep it on this computer&apos;s own disk.</source>
        <translation>ฐานข้อมูลนี้อยู่บนไดรฟ์เครือข่ายที่ใช้ร่วมกัน ไฟล์ SQLite ที่นั่นอาจเสียหายเมื่อหลายเครื่องใช้พร้อมกัน กรุณาเก็บไว้ในดิสก์ของเครื่องนี้เอง</translation>
    </message>
</context>
<context>
    <name>SheetImports</name>
    <message>
        <source>Import</source>
        <extracomment>Each sheet a view imports → what it changes (the role needed: services.access.NEEDS).</extracomment>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Sheets (*.csv *.xlsx);;All files (*)</source>
        <translation>ตาราง (*.csv *.xlsx);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>กำลังนำเข้า %1…</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2.</source>
        <translation>นำเข้า %1 แถวจาก %2 แล้ว</translation>
    </message>
    <message>
        <source>Import refused: nothing was imported.</source>
        <translation>ปฏิเสธการนำเข้า: ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
</context>
<context>
    <name>ShipDate</name>
    <message numerus="yes">
        <source>The ship date %1 is %n day(s) before today.</source>
        <translation>
            <numerusform>วันส่งสินค้า %1 อยู่ก่อนวันนี้ %n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Confirm the booking with this ship date anyway?</source>
        <translation>%1
ยังต้องการยืนยันการจองด้วยวันส่งสินค้านี้หรือไม่?</translation>
    </message>
    <message>
        <source>Ship date in the past</source>
        <translation>วันส่งสินค้าผ่านไปแล้ว</translation>
    </message>
</context>
<context>
    <name>SpotDialog</name>
    <message>
        <source>Spot rate for the leg</source>
        <translation>ราคาสปอตของช่วงขนส่ง</translation>
    </message>
    <message>
        <source>C&amp;arrier:</source>
        <translation>ผู้ขนส่ง(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>หน่วยคิดค่า(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Equipment:</source>
        <translation>อุปกรณ์(&amp;E):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>สกุลเงิน(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>อัตรา(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Transit days:</source>
        <translation>จำนวนวันขนส่ง(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Minimum charge:</source>
        <translation>ค่าบริการขั้นต่ำ(&amp;M):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum charge:</source>
        <translation>ค่าบริการสูงสุด(&amp;X):</translation>
    </message>
    <message>
        <source>Brea&amp;ks:</source>
        <translation>ขั้นราคา(&amp;K):</translation>
    </message>
    <message>
        <source>Breaks: from-quantity:rate pairs, separated by spaces.</source>
        <translation>ขั้นราคา: คู่ จำนวนเริ่มต้น:อัตรา คั่นด้วยช่องว่าง</translation>
    </message>
</context>
<context>
    <name>TariffBox</name>
    <message>
        <source>included</source>
        <translation>รวมแล้ว</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>คิดเพิ่ม</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>เส้นทาง</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>อุปกรณ์</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>หน่วยคิดค่า</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>อัตรา</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>ต่ำสุด</translation>
    </message>
    <message>
        <source>Max.</source>
        <translation>สูงสุด</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>ขั้นราคา</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>ใช้ได้</translation>
    </message>
    <message>
        <source>Surcharges</source>
        <translation>ค่าธรรมเนียมเพิ่มเติม</translation>
    </message>
    <message>
        <source>Add tari&amp;ff row…</source>
        <translation>เพิ่มแถวราคาตามสัญญา(&amp;F)…</translation>
    </message>
    <message>
        <source>E&amp;dit tariff row…</source>
        <translation>แก้ไขแถวราคาตามสัญญา(&amp;D)…</translation>
    </message>
    <message>
        <source>Edit the selected row (Enter)</source>
        <translation>แก้ไขแถวที่เลือก (Enter)</translation>
    </message>
    <message>
        <source>Re&amp;move tariff row</source>
        <translation>ลบแถวราคาตามสัญญา(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>ลบแถวที่เลือก (Delete)</translation>
    </message>
    <message>
        <source>Contract tariff of %1</source>
        <translation>ราคาตามสัญญาของ %1</translation>
    </message>
    <message>
        <source>Contract tariff</source>
        <translation>ราคาตามสัญญา</translation>
    </message>
    <message>
        <source>Save the party first to give it a contract tariff.</source>
        <translation>กรุณาบันทึกคู่ค้าก่อนจึงจะกำหนดราคาตามสัญญาได้</translation>
    </message>
    <message>
        <source>No contract tariff: the pricing profile prices this customer&apos;s quotes.</source>
        <translation>ไม่มีราคาตามสัญญา: โปรไฟล์ราคาจะใช้คิดราคาใบเสนอราคาของลูกค้ารายนี้</translation>
    </message>
    <message>
        <source>A leg on a lane with a row valid on its ETD sells at the tariff; expired rows are grey.</source>
        <translation>ช่วงขนส่งบนเส้นทางที่มีแถวใช้ได้ในวันออกจะขายตามราคาตามสัญญา แถวที่หมดอายุแสดงเป็นสีเทา</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>ยังไม่ได้ลบ: %1</translation>
    </message>
    <message>
        <source>Tariff row removed.</source>
        <translation>ลบแถวราคาตามสัญญาแล้ว</translation>
    </message>
</context>
<context>
    <name>TariffDialog</name>
    <message>
        <source>New tariff row for %1</source>
        <translation>แถวราคาตามสัญญาใหม่ของ %1</translation>
    </message>
    <message>
        <source>Tariff row of %1</source>
        <translation>แถวราคาตามสัญญาของ %1</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>รูปแบบขนส่ง(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>ต้นทาง(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>ปลายทาง(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Equipment</source>
        <translation>อุปกรณ์(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>หน่วยคิดค่า(&amp;B)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>สกุลเงิน(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>อัตรา(&amp;R)</translation>
    </message>
    <message>
        <source>M&amp;inimum charge</source>
        <translation>ค่าบริการขั้นต่ำ(&amp;I)</translation>
    </message>
    <message>
        <source>Ma&amp;ximum charge (cap)</source>
        <translation>ค่าบริการสูงสุด (เพดาน)(&amp;X)</translation>
    </message>
    <message>
        <source>Brea&amp;ks (kg or W/M)</source>
        <translation>ขั้นราคา (กก. หรือ W/M)(&amp;K)</translation>
    </message>
    <message>
        <source>k&amp;g per cbm</source>
        <translation>กก. ต่อ ลบ.ม.(&amp;G)</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>ใช้ได้ตั้งแต่(&amp;F)</translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation>ใช้ได้ถึง(&amp;T)</translation>
    </message>
    <message>
        <source>Surc&amp;harges</source>
        <translation>ค่าธรรมเนียมเพิ่มเติม(&amp;H)</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>ไม่มีเพดาน</translation>
    </message>
    <message>
        <source>mode&apos;s default</source>
        <translation>ค่าเริ่มต้นของรูปแบบขนส่ง</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>เช่น %1</translation>
    </message>
    <message>
        <source>UN/LOCODE, e.g. CNQZH</source>
        <translation>UN/LOCODE เช่น CNQZH</translation>
    </message>
    <message>
        <source>extra: sold by the price rule</source>
        <translation>คิดเพิ่ม: ขายตามกฎราคา</translation>
    </message>
    <message>
        <source>included: the tariff is all-in</source>
        <translation>รวมแล้ว: ราคาตามสัญญาเป็นราคาเหมารวม</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ยังไม่บันทึก: %1</translation>
    </message>
</context>
<context>
    <name>TariffModel</name>
    <message>
        <source>Expired: valid until %1</source>
        <translation>หมดอายุ: ใช้ได้ถึง %1</translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>ทิ้ง(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
</TS>
