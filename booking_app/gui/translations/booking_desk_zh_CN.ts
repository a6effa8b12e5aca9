<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionSet</name>
    <message>
        <source>&amp;New booking</source>
        <extracomment>Editor actions the window forwards to the current booking editor.</extracomment>
        <translation>新建订舱(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new booking</source>
        <translation>开始一笔新订舱</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the booking (a draft until quoted)</source>
        <translation>保存订舱（报价前为草稿）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>The quotation or confirmation as a PDF</source>
        <translation>将报价单或订舱确认书生成 PDF</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Show the quotation or confirmation in the desk</source>
        <translation>在程序内查看报价单或订舱确认书</translation>
    </message>
    <message>
        <source>&amp;Open as PDF…</source>
        <translation>以 PDF 打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Print the quotation or confirmation on a printer</source>
        <translation>用打印机打印报价单或订舱确认书</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the quotation or confirmation as a PDF file</source>
        <translation>将报价单或订舱确认书保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Cost s&amp;heet…</source>
        <translation>成本单(&amp;H)…</translation>
    </message>
    <message>
        <source>The internal cost sheet: cost, price and margin of every line</source>
        <translation>内部成本单：每一行的成本、售价和毛利</translation>
    </message>
    <message>
        <source>E&amp;xport day…</source>
        <translation>导出当日(&amp;X)…</translation>
    </message>
    <message>
        <source>The day&apos;s bookings as CSV, XLSX or PDF, written in the background</source>
        <translation>将当日订舱导出为 CSV、XLSX 或 PDF（后台写入）</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>A checked copy of the database, made while the desk runs</source>
        <translation>在程序运行时制作的、经过校验的数据库副本</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Put a backup in place of the database (the current one is kept)</source>
        <translation>用备份替换数据库（保留当前数据库）</translation>
    </message>
    <message>
        <source>&amp;Close booking</source>
        <translation>关闭订舱(&amp;C)</translation>
    </message>
    <message>
        <source>Close the booking&apos;s tab</source>
        <translation>关闭该订舱的标签页</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the desk</source>
        <translation>关闭订舱台</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last edit of the booking</source>
        <translation>撤销对订舱的上一次修改</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the edit undone</source>
        <translation>重做已撤销的修改</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>在当前列表中搜索</translation>
    </message>
    <message>
        <source>Mark &amp;quoted</source>
        <translation>标记为已报价(&amp;Q)</translation>
    </message>
    <message>
        <source>Save and mark as quoted</source>
        <translation>保存并标记为已报价</translation>
    </message>
    <message>
        <source>S&amp;end quotation…</source>
        <translation>发送报价单(&amp;E)…</translation>
    </message>
    <message>
        <source>The quotation as an e-mail with the PDF, in the mail program; marks the booking quoted</source>
        <translation>在邮件程序中打开附有 PDF 的报价邮件；订舱标记为已报价</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>Save and confirm (then read-only)</source>
        <translation>保存并确认（之后只读）</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>修改(&amp;A)</translation>
    </message>
    <message>
        <source>Change a confirmed booking: a new revision</source>
        <translation>修改已确认的订舱：生成新版本</translation>
    </message>
    <message>
        <source>Cance&amp;l booking</source>
        <translation>取消订舱(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>取消该订舱</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>复制(&amp;D)</translation>
    </message>
    <message>
        <source>A new booking like this one</source>
        <translation>按此订舱新建一笔</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>前一天(&amp;P)</translation>
    </message>
    <message>
        <source>Bookings of the day before</source>
        <translation>前一天的订舱</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>后一天(&amp;N)</translation>
    </message>
    <message>
        <source>Bookings of the day after</source>
        <translation>后一天的订舱</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Today&apos;s bookings</source>
        <translation>今天的订舱</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About the booking desk</source>
        <translation>关于订舱台</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>订舱(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Rates</source>
        <translation>运价(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>客户方(&amp;P)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>跟进(&amp;F)</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>业绩(&amp;U)</translation>
    </message>
    <message>
        <source>Show the %1 view</source>
        <translation>显示“%1”视图</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approval needed</source>
        <translation>需要审批</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>审批人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Booking desk databases (*.sqlite3)</source>
        <translation>订舱台数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Booking desk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>订舱台数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace the database with %1? The current database is kept aside.</source>
        <translation>用 %1 替换数据库？当前数据库将另行保留。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The office server keeps its own backups; this desk has no file to copy.</source>
        <translation>公司服务器自行保存备份；本机没有可复制的文件。</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Restored %1; the previous database is kept as %2</source>
        <translation>已恢复 %1；原数据库保存为 %2</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>请选择其他文件</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Click to go to the field concerned.</source>
        <extracomment>Header fields a problem may name, as the header panel calls them.</extracomment>
        <translation>点击转到相关字段。</translation>
    </message>
</context>
<context>
    <name>BookingEditor</name>
    <message>
        <source>Saved %1 (revision %2) as %3.</source>
        <translation>已保存 %1（第 %2 版），状态：%3。</translation>
    </message>
    <message>
        <source>Not confirmed: the ship date is before today.</source>
        <translation>未确认：发货日期早于今天。</translation>
    </message>
    <message>
        <source>Not confirmed: the margin is below the floor and needs an approval.</source>
        <translation>未确认：毛利率低于下限，需要审批。</translation>
    </message>
    <message>
        <source>The margin of %1 % is below the floor of %2 % (customer: %3). Who approves confirming it, and why?</source>
        <translation>毛利率 %1 % 低于下限 %2 %（客户：%3）。由谁批准确认，理由是什么？</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>该客户</translation>
    </message>
    <message>
        <source>Cancel booking %1? This cannot be undone.
Why is it cancelled?</source>
        <translation>取消订舱 %1？此操作无法撤销。
取消的原因是什么？</translation>
    </message>
    <message>
        <source>Booking %1 is cancelled.</source>
        <translation>订舱 %1 已取消。</translation>
    </message>
    <message>
        <source>Amending: saving makes a new revision.</source>
        <translation>修改中：保存后将生成新版本。</translation>
    </message>
    <message>
        <source>Type the party&apos;s name first.</source>
        <translation>请先输入名称。</translation>
    </message>
    <message>
        <source>Party %1 added.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <source>Booking desk</source>
        <translation>订舱台</translation>
    </message>
    <message>
        <source>Not saved: the office server cannot be reached. Everything you typed is still here; save again when the desk is back online.</source>
        <translation>未保存：无法连接办公室服务器。您输入的内容都还在；恢复连接后请再次保存。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>新订舱</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>amending</source>
        <translation>修改中</translation>
    </message>
    <message>
        <source>clerk %1</source>
        <translation>操作员 %1</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>订舱</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>货物</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>路线(&amp;R)</translation>
    </message>
    <message>
        <source>Live quote</source>
        <translation>实时报价</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Mark quoted</source>
        <translation>标记为已报价</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>取消订舱</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Add leg</source>
        <translation>添加运段</translation>
    </message>
    <message>
        <source>Remove leg</source>
        <translation>删除运段</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>BookingsModel</name>
    <message>
        <source>Booking no.</source>
        <extracomment>The booking number of a row, whatever the column.</extracomment>
        <translation>订舱号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>货物</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总价</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>操作员</translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <source>counting…</source>
        <translation>计数中…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln booking(s)</source>
        <translation>
            <numerusform>%Ln 笔订舱</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>前一天（Alt+←）</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>后一天（Alt+→）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Today&apos;s bookings (Alt+Home)</source>
        <translation>今天的订舱（Alt+Home）</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>Export day…</source>
        <translation>导出当日…</translation>
    </message>
    <message>
        <source>The day&apos;s bookings as CSV, XLSX or PDF (Ctrl+E)</source>
        <translation>将当日订舱导出为 CSV、XLSX 或 PDF（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;lerk:</source>
        <translation>操作员(&amp;L)：</translation>
    </message>
    <message>
        <source>The whole office&apos;s bookings, yours, or one clerk&apos;s</source>
        <translation>全办公室的订舱、您自己的，或某位操作员的</translation>
    </message>
    <message>
        <source>Search: booking no., party, place or code (Ctrl+F)</source>
        <translation>搜索：订舱号、客户方、地点或代码（Ctrl+F）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
</context>
<context>
    <name>CargoPanel</name>
    <message>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>L cm</source>
        <translation>长 cm</translation>
    </message>
    <message>
        <source>W cm</source>
        <translation>宽 cm</translation>
    </message>
    <message>
        <source>H cm</source>
        <translation>高 cm</translation>
    </message>
    <message>
        <source>kg each</source>
        <translation>单件 kg</translation>
    </message>
    <message>
        <source>Truck type</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Trucks</source>
        <translation>车数</translation>
    </message>
    <message>
        <source>Cannot total the cargo: %1</source>
        <translation>无法汇总货物：%1</translation>
    </message>
    <message>
        <source>Gross %1 kg</source>
        <translation>毛重 %1 kg</translation>
    </message>
    <message>
        <source>%1 cbm</source>
        <translation>%1 立方米</translation>
    </message>
    <message>
        <source>%1 W/M</source>
        <translation>%1 计费吨</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Totals: </source>
        <translation>合计：</translation>
    </message>
    <message>
        <source>Pieces, or totals</source>
        <translation>件货明细或合计</translation>
    </message>
    <message>
        <source>&amp;Containers and trucks</source>
        <translation>集装箱和卡车(&amp;C)</translation>
    </message>
    <message>
        <source>Containers per type:</source>
        <translation>各箱型数量：</translation>
    </message>
    <message>
        <source>Add piece line</source>
        <translation>添加件货行</translation>
    </message>
    <message>
        <source>Remove piece line</source>
        <translation>删除件货行</translation>
    </message>
    <message>
        <source>Add truck line</source>
        <translation>添加卡车行</translation>
    </message>
    <message>
        <source>Remove truck line</source>
        <translation>删除卡车行</translation>
    </message>
    <message>
        <source>&amp;Weight kg:</source>
        <translation>重量 kg(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Volume cbm:</source>
        <translation>体积 立方米(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Goods:</source>
        <translation>品名(&amp;G)：</translation>
    </message>
    <message>
        <source>Description of the goods</source>
        <translation>货物描述</translation>
    </message>
    <message>
        <source>Dangerous goods</source>
        <translation>危险品</translation>
    </message>
    <message>
        <source>Piece line %1, %2</source>
        <translation>件货第 %1 行，%2</translation>
    </message>
    <message>
        <source>Truck line %1, %2</source>
        <translation>卡车第 %1 行，%2</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>Add a charge to the leg</source>
        <extracomment>A field of a form: a line edit, a choice, or a number field.</extracomment>
        <translation>为运段添加费用</translation>
    </message>
    <message>
        <source>from the leg&apos;s markup or margin</source>
        <translation>按运段的加成或毛利</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>计费方式(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Unit cost:</source>
        <translation>成本单价(&amp;U)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Sell unit price:</source>
        <translation>销售单价(&amp;S)：</translation>
    </message>
    <message>
        <source>Without a sell unit price the leg&apos;s markup or margin applies.</source>
        <translation>未填销售单价时，按运段的加成或毛利计价。</translation>
    </message>
</context>
<context>
    <name>ClerkFilter</name>
    <message>
        <source>All clerks</source>
        <translation>全部操作员</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>我（%1）</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
</context>
<context>
    <name>ClerkNameDialog</name>
    <message>
        <source>Welcome to the booking desk</source>
        <extracomment>Asks for the clerk&apos;s name: the name, or None when the clerk declines.</extracomment>
        <translation>欢迎使用订舱台</translation>
    </message>
    <message>
        <source>Who is at this desk? Your name is printed on quotations and confirmations (&quot;Issued by …&quot;) and kept with each booking. You can change it later in Settings (Ctrl+4).</source>
        <translation>谁在使用这个订舱台？您的姓名会印在报价单和确认书上（“签发人 …”），并随每笔订舱保存。以后可以在“设置”（Ctrl+4）中修改。</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Nguyen Van An</source>
        <translation>例如：张伟</translation>
    </message>
</context>
<context>
    <name>Completer</name>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>port</source>
        <translation>港口</translation>
    </message>
    <message>
        <source>airport</source>
        <translation>机场</translation>
    </message>
    <message>
        <source>rail terminal</source>
        <translation>铁路货站</translation>
    </message>
    <message>
        <source>border crossing</source>
        <translation>口岸</translation>
    </message>
    <message>
        <source>inland depot</source>
        <translation>内陆港</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>cannot open the database %1: %2</source>
        <extracomment>What the clerk chose: (&quot;open&quot;, a database), (&quot;restore&quot;, a backup) or (&quot;quit&quot;, None).</extracomment>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Open another database, restore a backup, or quit.</source>
        <translation>请打开其他数据库、恢复备份或退出。</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>打开其他文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Booking desk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>订舱台数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>备份 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Booking desk</source>
        <translation>订舱台</translation>
    </message>
    <message>
        <source>internal error (%1); the details are in %2</source>
        <translation>内部错误（%1）；详细信息见 %2</translation>
    </message>
    <message>
        <source>Everything saved so far is kept.</source>
        <translation>已保存的内容全部保留。</translation>
    </message>
</context>
<context>
    <name>DayEdit</name>
    <message>
        <source>t: today; +3: in three days; -1: yesterday</source>
        <translation>t：今天；+3：三天后；-1：昨天</translation>
    </message>
</context>
<context>
    <name>DayExporter</name>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV（适用于 Excel）(*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF list (*.pdf)</source>
        <translation>PDF 清单 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the bookings of %1</source>
        <translation>导出 %1 的订舱</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>已有导出正在进行。</translation>
    </message>
    <message>
        <source>Export day</source>
        <translation>导出当日</translation>
    </message>
    <message>
        <source>Exporting the bookings of %1…</source>
        <translation>正在导出 %1 的订舱…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n booking(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 笔订舱到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <source>The bookings could not be exported:
%1</source>
        <translation>无法导出订舱：
%1</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Cannot read %1</source>
        <extracomment>The PDF Ctrl+P wrote last, and whether it is opened in the system&apos;s viewer.</extracomment>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>Cost sheet (internal)</source>
        <translation>成本单（内部）</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s).</source>
        <translation>
            <numerusform>已打印 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>No folder for temporary files.</source>
        <translation>没有可用的临时文件夹。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在生成 %1…</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>订舱确认书</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Saved %1, but no program could open it. Open the file from its folder, or install a PDF viewer.</source>
        <translation>已保存 %1，但没有程序能打开它。请从所在文件夹打开该文件，或安装 PDF 阅读器。</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>%1 must be saved before it is printed. Save it now?</source>
        <translation>%1 需要先保存才能打印。现在保存吗？</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>请先保存</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>The printer stopped.</source>
        <translation>打印机已停止。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No bookings yet.

%1  a new booking
%2  the rates: import a rate sheet there (Alt+R)
%3  the settings: your name and the company&apos;s letterhead</source>
        <translation>还没有订舱。

%1  新建订舱
%2  运价：在那里导入运价表 (Alt+R)
%3  设置：您的姓名和公司抬头</translation>
    </message>
    <message>
        <source>No bookings on this day match.

%1 / %2  the day before / after,  %3  today
%4  search every day (tick All days)
%5  a new booking</source>
        <translation>这一天没有符合条件的订舱。

%1 / %2  前一天 / 后一天，%3  今天
%4  搜索所有日期（勾选“所有日期”）
%5  新建订舱</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <extracomment>The booking number of a row, whatever the column. Statuses listed: quotes still to chase, and (on demand) those decided. Expired quotes stay in the list this many days after their validity (still worth a call). A quote in its last days is marked as late.</extracomment>
        <translation>
            <numerusform>%n 天前过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>last day</source>
        <translation>最后一天</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Booking no.</source>
        <translation>订舱号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总价</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>%1: the margin is below the floor. Open it to record an approval.</source>
        <extracomment>The summary counts quotes ending within this many days.</extracomment>
        <translation>%1：毛利低于下限。请打开订舱并登记审批。</translation>
    </message>
    <message>
        <source>%1 confirmed as revision %2 at today&apos;s rates: %3 → %4.</source>
        <translation>%1 已按今日运价确认为第 %2 版：%3 → %4。</translation>
    </message>
    <message>
        <source>%1 confirmed: won.</source>
        <translation>%1 已确认：成交。</translation>
    </message>
    <message>
        <source>Quote %1 expired on %2.
Its total was %3; at today&apos;s rates it is %4.

Confirm it at the new price as revision %5?</source>
        <translation>报价 %1 已于 %2 过期。
原总价 %3；按今日运价为 %4。

按新价格确认为第 %5 版吗？</translation>
    </message>
    <message>
        <source>Why was %1 (%2) lost?</source>
        <translation>%1（%2）为何未成交？</translation>
    </message>
    <message>
        <source>%1 lost: %2</source>
        <translation>%1 未成交：%2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Follow-up (%1)</source>
        <translation>跟进 (%1)</translation>
    </message>
    <message>
        <source>%1 open · %2 ending within %3 days · %4 expired</source>
        <translation>%1 个待定 · %2 个 %3 天内到期 · %4 个已过期</translation>
    </message>
    <message>
        <source>Search customer, route or number</source>
        <translation>搜索客户、路线或订舱号</translation>
    </message>
    <message>
        <source>Show all: won, lost, long expired</source>
        <translation>显示全部：成交、未成交、早已过期</translation>
    </message>
    <message>
        <source>Won → confirm (W)</source>
        <translation>成交 → 确认 (W)</translation>
    </message>
    <message>
        <source>Lost… (L)</source>
        <translation>未成交… (L)</translation>
    </message>
    <message>
        <source>Re-quote (R)</source>
        <translation>重新报价 (R)</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>打开 (Enter)</translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <source>C&amp;ustomer:</source>
        <extracomment>Incoterms 2020, the terms a clerk picks from.</extracomment>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>S&amp;hipper:</source>
        <translation>发货人(&amp;H)：</translation>
    </message>
    <message>
        <source>Co&amp;nsignee:</source>
        <translation>收货人(&amp;N)：</translation>
    </message>
    <message>
        <source>Quote &amp;date:</source>
        <translation>报价日期(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;hip date:</source>
        <translation>发运日期(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Incoterm:</source>
        <translation>贸易术语(&amp;I)：</translation>
    </message>
    <message>
        <source>Quote c&amp;urrency:</source>
        <translation>报价币种(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Profit:</source>
        <translation>利润(&amp;P)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Name, in any script</source>
        <translation>名称（任何文字）</translation>
    </message>
    <message>
        <source>Add the typed name as a new party</source>
        <translation>将输入的名称添加为新的客户方</translation>
    </message>
    <message>
        <source>This booking&apos;s own markup or margin; blank: profile or settings</source>
        <translation>本订舱自己的加成或毛利；留空：按客户定价档案或设置</translation>
    </message>
    <message>
        <source>from profile</source>
        <translation>按定价档案</translation>
    </message>
    <message>
        <source>Profit %</source>
        <translation>利润 %</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>已订舱</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>re-priced</source>
        <translation>已重新报价</translation>
    </message>
    <message>
        <source>margin approved</source>
        <translation>已批准利润率</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>由 %1：%2</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>after</source>
        <translation>之后</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <source>Import refused: %1</source>
        <translation>导入被拒绝：%1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems found in %1: %2. Nothing was imported: correct the file and import it again.</source>
        <translation>%1 中发现问题：%2。未导入任何内容：请修改文件后重新导入。</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>复制列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Sea FCL</source>
        <extracomment>The source texts of ``core.vocabulary``&apos;s names, literal for ``pyside6-lupdate`` (a test checks that they are exactly the core&apos;s names: one vocabulary).</extracomment>
        <translation>海运整箱</translation>
    </message>
    <message>
        <source>Sea LCL</source>
        <translation>海运拼箱</translation>
    </message>
    <message>
        <source>Rail FCL</source>
        <translation>铁路整箱</translation>
    </message>
    <message>
        <source>Rail LCL</source>
        <translation>铁路拼箱</translation>
    </message>
    <message>
        <source>Truck FTL</source>
        <translation>公路整车</translation>
    </message>
    <message>
        <source>Truck LTL</source>
        <translation>公路零担</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>空运</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>已报价</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>未成交</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>per container</source>
        <translation>每箱</translation>
    </message>
    <message>
        <source>per truck</source>
        <translation>每车</translation>
    </message>
    <message>
        <source>per W/M</source>
        <translation>每计费吨</translation>
    </message>
    <message>
        <source>per kg</source>
        <translation>每公斤</translation>
    </message>
    <message>
        <source>per shipment</source>
        <translation>每票</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Markup %</source>
        <translation>加成 %</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>毛利率 %</translation>
    </message>
    <message>
        <source>markup %1 %</source>
        <translation>加成 %1 %</translation>
    </message>
    <message>
        <source>margin %1 %</source>
        <translation>毛利 %1 %</translation>
    </message>
</context>
<context>
    <name>LegsPanel</name>
    <message>
        <source>Mode</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起运地</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运人</translation>
    </message>
    <message>
        <source>ETD</source>
        <translation>预计开航</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>预计到达</translation>
    </message>
    <message>
        <source>Price or problem</source>
        <translation>价格或问题</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>手工添加</translation>
    </message>
    <message>
        <source>Cut-off</source>
        <translation>截关</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>最便宜</translation>
    </message>
    <message>
        <source>Add charge…</source>
        <translation>添加费用…</translation>
    </message>
    <message>
        <source>Add a charge by hand to the leg under the cursor</source>
        <translation>为光标所在运段手工添加一项费用</translation>
    </message>
    <message>
        <source>Spot rate…</source>
        <translation>即期运价…</translation>
    </message>
    <message>
        <source>Price the leg under the cursor at a rate a carrier gave for this shipment</source>
        <translation>按承运人为本票货给出的运价为光标所在运段计价</translation>
    </message>
    <message>
        <source>Remove added</source>
        <translation>删除手工项</translation>
    </message>
    <message>
        <source>Remove a charge or spot rate added to the leg under the cursor</source>
        <translation>删除光标所在运段上手工添加的费用或即期运价</translation>
    </message>
    <message>
        <source>Suggest routes…</source>
        <translation>推荐路线…</translation>
    </message>
    <message>
        <source>Every route from the first origin to the last destination, for this cargo</source>
        <translation>针对本票货物，从首个起运地到最终目的地的所有路线</translation>
    </message>
    <message>
        <source>spot %1</source>
        <extracomment>What a clerk adds to a leg by hand (selling.md §4), kept in the row as JSON text. Finds carriers: (mode, origin, destination, ETD) → names.</extracomment>
        <translation>即期 %1</translation>
    </message>
    <message>
        <source>Priced from an earlier ready date: a leg before this one has a problem, so its dates and price may still change</source>
        <translation>按较早的备货日期计价：前面的某一段有问题，因此本段的日期和价格可能还会变化</translation>
    </message>
    <message>
        <source>Cargo ready {ready}; at the terminal by {cutoff}; sails {etd}</source>
        <translation>货物就绪 {ready}；{cutoff} 前进港；{etd} 开航</translation>
    </message>
    <message>
        <source>No schedule: departs when ready</source>
        <translation>无船期：货好即发</translation>
    </message>
    <message>
        <source>Remove spot rate %1</source>
        <translation>删除即期运价 %1</translation>
    </message>
    <message>
        <source>Remove charge %1</source>
        <translation>删除费用 %1</translation>
    </message>
    <message>
        <source>Nothing added to this leg</source>
        <translation>该运段没有手工添加的项目</translation>
    </message>
    <message>
        <source>Add leg</source>
        <translation>添加运段</translation>
    </message>
    <message>
        <source>Add a leg starting where the last one ends (Ctrl+L)</source>
        <translation>添加一段从上一段终点出发的运输（Ctrl+L）</translation>
    </message>
    <message>
        <source>Remove leg</source>
        <translation>删除运段</translation>
    </message>
</context>
<context>
    <name>LiveQuoter</name>
    <message>
        <source>Add a leg to see the quote.</source>
        <extracomment>How long the clerk pauses typing before the request is priced again.</extracomment>
        <translation>添加一段运输即可看到报价。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Save the booking before printing it.</source>
        <translation>请先保存订舱再打印。</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Open a booking to print it.</source>
        <translation>请先打开一笔订舱再打印。</translation>
    </message>
    <message>
        <source>This view opens when the server is back.</source>
        <extracomment>The catalogue&apos;s views: (module, class), imported when the window is built.</extracomment>
        <translation>服务器恢复后即可打开此视图。</translation>
    </message>
    <message>
        <source>About the booking desk</source>
        <translation>关于订舱台</translation>
    </message>
    <message>
        <source>Quotes and bookings for freight on the China–ASEAN land-sea corridor.
Rates in the demo database are illustrative samples only.</source>
        <translation>中国—东盟陆海新通道货运的报价与订舱。
演示数据库中的运价仅为示例。</translation>
    </message>
    <message>
        <source>Booking desk</source>
        <translation>订舱台</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>订舱</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>运价</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>客户方</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>业绩</translation>
    </message>
    <message>
        <source>This view is not available in this build yet.</source>
        <translation>此版本尚未提供该视图。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>B&amp;ooking</source>
        <translation>订舱(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>A number is needed here.</source>
        <extracomment>Error codes of :class:`NumberError`.</extracomment>
        <translation>此处需要填写数字。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>“%1” is not a threshold:rate pair, e.g. %2.</source>
        <translation>“%1”不是“起点:费率”格式，例如 %2。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: write it like %2.</source>
        <translation>无法识别“%1”：请按 %2 的格式填写。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>您是想填 %1 吗？</translation>
    </message>
    <message>
        <source>“%1” is not a number; write it like %2.</source>
        <translation>“%1”不是数字；请按 %2 的格式填写。</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message numerus="yes">
        <source>Offline: the office server cannot be reached. Quotes come from this desk&apos;s copy of the rates (%n minute(s) old); bookings cannot be saved until the server is back. Nothing you type is lost.</source>
        <extracomment>How often the banner&apos;s &quot;N minutes old&quot; is brought up to date (milliseconds).</extracomment>
        <translation>
            <numerusform>离线：无法连接办公室服务器。报价来自本机的运价副本（%n 分钟前）；服务器恢复前无法保存订舱。您输入的内容不会丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>PartiesView</name>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>name, contact, phone, email, tax id (Ctrl+F)</source>
        <translation>名称、联系人、电话、邮箱、税号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tax ID</source>
        <translation>税号(&amp;T)</translation>
    </message>
    <message>
        <source>Ne&amp;w party</source>
        <translation>新建客户方(&amp;W)</translation>
    </message>
    <message>
        <source>Start a new party (Insert)</source>
        <translation>新建一个客户方（Insert）</translation>
    </message>
    <message>
        <source>&amp;Save party</source>
        <translation>保存客户方(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>撤销修改(&amp;U)</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>导入：</translation>
    </message>
    <message>
        <source>Import &amp;parties…</source>
        <translation>导入客户方(&amp;P)…</translation>
    </message>
    <message>
        <source>A sheet of name, address, contact, phone, email, tax_id; a known name is updated</source>
        <translation>表格列：name, address, contact, phone, email, tax_id；已有名称的客户方将被更新</translation>
    </message>
    <message>
        <source>Import p&amp;ricing…</source>
        <translation>导入定价(&amp;R)…</translation>
    </message>
    <message>
        <source>A sheet of customer, mode, rule, percent, min_margin_percent</source>
        <translation>表格列：customer, mode, rule, percent, min_margin_percent</translation>
    </message>
    <message>
        <source>Import se&amp;ll rates…</source>
        <translation>导入合同运价(&amp;L)…</translation>
    </message>
    <message>
        <source>A sheet of customers&apos; contract tariffs: customer, mode, origin, destination, equipment, basis, currency, rate, …, surcharges; all rows or none</source>
        <translation>客户合同运价表：customer、mode、origin、destination、equipment、basis、currency、rate、…、surcharges；要么全部导入，要么都不导入</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>新客户方</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>客户方</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>客户方：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>PartyBadges</name>
    <message>
        <source>No party is called %1 yet: saving the booking adds it</source>
        <translation>尚无名为 %1 的往来单位：保存订舱时将新增</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>of %1</source>
        <extracomment>What a window manager&apos;s title bar and borders may take around the dialog.</extracomment>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Mode</source>
        <extracomment>Something a screen shows as a problem: data from the services, or a sentence already in the clerk&apos;s language (a number the GUI could not read). Anything else (an unexpected exception) is shown as its text.</extracomment>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>To</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Shipper</source>
        <translation>发货人</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>贸易术语</translation>
    </message>
    <message>
        <source>Cargo description</source>
        <translation>货物描述</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>货物</translation>
    </message>
    <message>
        <source>Quote date</source>
        <translation>报价日期</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>发运日期</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Markup %</source>
        <translation>加价 %</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>毛利率 %</translation>
    </message>
    <message>
        <source>Extra charges</source>
        <translation>附加费用</translation>
    </message>
    <message>
        <source>Spot rate</source>
        <translation>即期运价</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>port</source>
        <translation>港口</translation>
    </message>
    <message>
        <source>rail terminal</source>
        <translation>铁路场站</translation>
    </message>
    <message>
        <source>airport</source>
        <translation>机场</translation>
    </message>
    <message>
        <source>inland depot</source>
        <translation>内陆堆场</translation>
    </message>
    <message>
        <source>border crossing</source>
        <translation>边境口岸</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>No rate from carrier {carrier} on this lane</source>
        <translation>承运人 {carrier} 在该线路没有运价</translation>
    </message>
    <message>
        <source>No rate on this lane</source>
        <translation>该线路没有运价</translation>
    </message>
    <message>
        <source>No rate from carrier {carrier} valid on {day}</source>
        <translation>承运人 {carrier} 没有在 {day} 有效的运价</translation>
    </message>
    <message>
        <source>No rate valid on {day}</source>
        <translation>没有在 {day} 有效的运价</translation>
    </message>
    <message>
        <source>containers/trucks {units}</source>
        <translation>集装箱/卡车 {units}</translation>
    </message>
    <message>
        <source>loose cargo</source>
        <translation>散货</translation>
    </message>
    <message>
        <source>Air freight needs an airport: {location} is a {kind}. Its airport: {airports}</source>
        <translation>空运需要机场：{location} 是{kind}。该地的机场：{airports}</translation>
    </message>
    <message>
        <source>Air freight needs an airport: {location} is a {kind}, not an airport</source>
        <translation>空运需要机场：{location} 是{kind}，不是机场</translation>
    </message>
    <message>
        <source>Choose where this leg starts (From)</source>
        <translation>请选择本段的起点（起点）</translation>
    </message>
    <message>
        <source>Choose where this leg ends (To)</source>
        <translation>请选择本段的终点（终点）</translation>
    </message>
    <message>
        <source>Unknown location {location}</source>
        <extracomment>code → the sentence&apos;s template (``{name}`` is a parameter); a callable picks one.</extracomment>
        <translation>未知地点 {location}</translation>
    </message>
    <message>
        <source>No departure of {carriers} within {days} days with a valid rate</source>
        <translation>{carriers} 在 {days} 天内没有运价有效的班次</translation>
    </message>
    <message>
        <source>No rate for equipment {equipment}</source>
        <translation>设备 {equipment} 没有运价</translation>
    </message>
    <message>
        <source>No rate fits {cargo} (rates here are {bases})</source>
        <translation>没有适合{cargo}的运价（此处运价为{bases}）</translation>
    </message>
    <message>
        <source>The spot rate does not fit {cargo}</source>
        <translation>即期运价不适合{cargo}</translation>
    </message>
    <message>
        <source>No exchange rate for {currency} valid on {day}</source>
        <translation>没有 {currency} 在 {day} 有效的汇率</translation>
    </message>
    <message>
        <source>A booking needs: {fields}</source>
        <translation>订舱需要填写：{fields}</translation>
    </message>
    <message>
        <source>The cargo is empty: give pieces, weight/volume, containers or trucks</source>
        <translation>货物为空：请填写件数、重量/体积、集装箱或卡车</translation>
    </message>
    <message>
        <source>Leg {previous} ends at {end} but leg {leg} starts at {start}</source>
        <translation>第 {previous} 段终点为 {end}，但第 {leg} 段起点为 {start}</translation>
    </message>
    <message>
        <source>Choose the mode of this leg</source>
        <translation>请选择本段的运输方式</translation>
    </message>
    <message>
        <source>Mode {value} is not known</source>
        <translation>未知的运输方式 {value}</translation>
    </message>
    <message>
        <source>{value} is not a location code (five letters or digits)</source>
        <translation>{value} 不是地点代码（五位字母或数字）</translation>
    </message>
    <message>
        <source>{field}: {value} is not a date</source>
        <translation>{field}：{value} 不是日期</translation>
    </message>
    <message>
        <source>{value} is not a currency code</source>
        <translation>{value} 不是币种代码</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>缺少{field}</translation>
    </message>
    <message>
        <source>{field}: {value} is not a number</source>
        <translation>{field}：{value} 不是数字</translation>
    </message>
    <message>
        <source>{field}: {value} is not a location code (five letters or digits)</source>
        <translation>{field}：{value} 不是地点代码（五个字母或数字）</translation>
    </message>
    <message>
        <source>{field}: {value} is not a currency code</source>
        <translation>{field}：{value} 不是货币代码</translation>
    </message>
    <message>
        <source>{field}: {value} is not a date (YYYY-MM-DD)</source>
        <translation>{field}：{value} 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>{field}: {value} is outside the years {low}–{high}</source>
        <translation>{field}：{value} 不在 {low}–{high} 年之间</translation>
    </message>
    <message>
        <source>{field}: {value} is not one of {choices}</source>
        <translation>{field}：{value} 不是 {choices} 之一</translation>
    </message>
    <message>
        <source>Unknown column {columns} (expected: {expected})</source>
        <translation>未知列 {columns}（应为：{expected}）</translation>
    </message>
    <message>
        <source>Missing column {columns}</source>
        <translation>缺少列 {columns}</translation>
    </message>
    <message>
        <source>A column appears twice</source>
        <translation>某列出现了两次</translation>
    </message>
    <message>
        <source>The row has {cells} cells, the header {header}</source>
        <translation>该行有 {cells} 个单元格，表头有 {header} 个</translation>
    </message>
    <message>
        <source>No rows to import</source>
        <translation>没有可导入的行</translation>
    </message>
    <message>
        <source>Repeats the {columns} of line {first}</source>
        <translation>与第 {first} 行的 {columns} 重复</translation>
    </message>
    <message>
        <source>Cell {cell} is a formula without a calculated value: open the file in Excel and save it again</source>
        <translation>单元格 {cell} 是没有计算结果的公式：请用 Excel 打开文件并重新保存</translation>
    </message>
    <message>
        <source>Could not import ({detail})</source>
        <translation>无法导入（{detail}）</translation>
    </message>
    <message>
        <source>Not allowed: {action} needs the {role} role</source>
        <translation>不允许：{action}需要{role}角色</translation>
    </message>
    <message>
        <source>Unknown setting {key}</source>
        <translation>未知设置 {key}</translation>
    </message>
    <message>
        <source>{field}: {value} must be from {low} to {high}</source>
        <translation>{field}：{value} 必须在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <source>{field}: {value} must be a whole number {low} to {high}</source>
        <translation>{field}：{value} 必须是 {low} 到 {high} 的整数</translation>
    </message>
    <message>
        <source>The price rule must be markup or margin</source>
        <translation>价格规则必须是加价或毛利</translation>
    </message>
    <message>
        <source>Documents language {value} is not one of {choices}</source>
        <translation>单据语言 {value} 不是 {choices} 之一</translation>
    </message>
    <message>
        <source>A backup copies a database file; an office server keeps its own</source>
        <translation>备份复制的是数据库文件；办公室服务器自行备份</translation>
    </message>
    <message>
        <source>{path} is the database itself: choose a backup file</source>
        <translation>{path} 就是数据库本身：请选择备份文件</translation>
    </message>
    <message>
        <source>The database {path} cannot be used</source>
        <translation>无法使用数据库 {path}</translation>
    </message>
    <message>
        <source>{path} is not a booking desk database</source>
        <translation>{path} 不是订舱台数据库</translation>
    </message>
    <message>
        <source>The database is damaged ({detail}): restore a backup</source>
        <translation>数据库已损坏（{detail}）：请恢复备份</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of the desk (schema {found} &gt; {known})</source>
        <translation>{path} 由更新版本的订舱台创建（架构 {found} &gt; {known}）</translation>
    </message>
    <message>
        <source>The database {path} is read-only: nothing was saved</source>
        <translation>数据库 {path} 为只读：未保存任何内容</translation>
    </message>
    <message>
        <source>The database is busy ({detail}): nothing was saved, try again</source>
        <translation>数据库正忙（{detail}）：未保存任何内容，请重试</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was saved</source>
        <translation>存放 {path} 的磁盘已满：未保存任何内容</translation>
    </message>
    <message>
        <source>{path} is the database (or one of its files): choose another file</source>
        <translation>{path} 是数据库（或其文件之一）：请选择其他文件</translation>
    </message>
    <message>
        <source>This {what} is no longer there (removed on another desk?)</source>
        <translation>此{what}已不存在（可能已在其他工作台删除）</translation>
    </message>
    <message>
        <source>No party called {name}</source>
        <translation>没有名为 {name} 的往来方</translation>
    </message>
    <message>
        <source>{value} is not an email address</source>
        <translation>{value} 不是电子邮件地址</translation>
    </message>
    <message>
        <source>A party named {name} already exists</source>
        <translation>名为 {name} 的往来方已存在</translation>
    </message>
    <message>
        <source>{customer} already has a pricing row for {mode}</source>
        <translation>{customer} 已有{mode}的定价行</translation>
    </message>
    <message>
        <source>{customer} has no pricing row for {mode}</source>
        <translation>{customer} 没有{mode}的定价行</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>pricing</source>
        <translation>定价</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>rates</source>
        <translation>运价</translation>
    </message>
    <message>
        <source>surcharges</source>
        <translation>附加费</translation>
    </message>
    <message>
        <source>FX rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>pricing profiles</source>
        <translation>定价方案</translation>
    </message>
    <message>
        <source>sell tariffs</source>
        <translation>销售价目表</translation>
    </message>
    <message>
        <source>schedules</source>
        <translation>船期</translation>
    </message>
    <message>
        <source>office settings</source>
        <translation>办公室设置</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>reading this</source>
        <translation>读取此内容</translation>
    </message>
    <message>
        <source>importing {what}</source>
        <translation>导入{what}</translation>
    </message>
    <message>
        <source>changing {what}</source>
        <translation>修改{what}</translation>
    </message>
    <message>
        <source>party</source>
        <translation>往来方</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>运价</translation>
    </message>
    <message>
        <source>tariff row</source>
        <translation>价目行</translation>
    </message>
    <message>
        <source>schedule row</source>
        <translation>船期行</translation>
    </message>
    <message>
        <source>every mode</source>
        <translation>所有运输方式</translation>
    </message>
    <message>
        <source>{field} must not be negative</source>
        <translation>{field} 不能为负数</translation>
    </message>
    <message>
        <source>{field} must be a whole number</source>
        <translation>{field} 必须是整数</translation>
    </message>
    <message>
        <source>Margin {margin} % is below the floor of {floor} % for {customer}: needs approval</source>
        <translation>毛利率 {margin} % 低于{customer}的下限 {floor} %：需要审批</translation>
    </message>
    <message>
        <source>{booking_no} is cancelled and cannot be changed</source>
        <translation>{booking_no} 已取消，无法更改</translation>
    </message>
    <message>
        <source>A {current} booking cannot become {new}</source>
        <translation>{current}的订舱不能变为{new}</translation>
    </message>
    <message>
        <source>{booking_no} has no price yet: enter a rate for every leg</source>
        <translation>{booking_no} 尚无价格：请为每一段输入运价</translation>
    </message>
    <message>
        <source>Give a markup or a margin, not both</source>
        <translation>请填写加价或毛利率，不能同时填写</translation>
    </message>
    <message>
        <source>A margin must be below 100 %</source>
        <translation>毛利率必须低于 100 %</translation>
    </message>
    <message>
        <source>Cannot reach the office server {target}: {reason}</source>
        <translation>无法连接公司服务器 {target}：{reason}</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>该客户</translation>
    </message>
    <message>
        <source>(no rate for equipment {equipment})</source>
        <translation>（设备 {equipment} 没有运价）</translation>
    </message>
    <message>
        <source>Leg {leg} ({mode} {origin} → {destination})</source>
        <translation>第 {leg} 段（{mode} {origin} → {destination}）</translation>
    </message>
    <message>
        <source>Leg {leg}</source>
        <translation>第 {leg} 段</translation>
    </message>
    <message>
        <source>{head}: {problem}</source>
        <translation>{head}：{problem}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>New pricing row for %1</source>
        <translation>%1 的新定价行</translation>
    </message>
    <message>
        <source>Pricing row of %1</source>
        <translation>%1 的定价行</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>运输方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>规则(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Percent</source>
        <translation>百分比(&amp;P)</translation>
    </message>
    <message>
        <source>Min. mar&amp;gin %</source>
        <translation>最低毛利率 %(&amp;G)</translation>
    </message>
    <message>
        <source>every mode</source>
        <translation>所有运输方式</translation>
    </message>
    <message>
        <source>blank: the settings&apos; floor</source>
        <translation>留空：使用设置中的最低毛利率</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>ProfilesBox</name>
    <message>
        <source>every mode</source>
        <translation>所有运输方式</translation>
    </message>
    <message>
        <source>Pricing profile</source>
        <translation>定价方案</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Min. margin %</source>
        <translation>最低毛利率 %</translation>
    </message>
    <message>
        <source>Add &amp;row…</source>
        <translation>添加行(&amp;R)…</translation>
    </message>
    <message>
        <source>Ed&amp;it row…</source>
        <translation>编辑行(&amp;I)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>删除行(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>删除所选行（Delete）</translation>
    </message>
    <message>
        <source>Save the party first to give it a pricing profile.</source>
        <translation>请先保存客户方，再为其设置定价方案。</translation>
    </message>
    <message>
        <source>No profile: the settings&apos; default price and floor apply.</source>
        <translation>无定价方案：使用设置中的默认价格规则和最低毛利率。</translation>
    </message>
    <message>
        <source>A mode&apos;s row wins over the every-mode row.</source>
        <translation>运输方式专属行优先于“所有运输方式”行。</translation>
    </message>
    <message>
        <source>Each leg takes the row of its mode, else the every-mode row, else the settings&apos; default; a request&apos;s own markup or margin wins over all. The floor comes from the first leg&apos;s row, else the every-mode row.</source>
        <translation>每个航段使用其运输方式的行，否则使用“所有运输方式”行，否则使用设置中的默认值；询价本身给出的加成或毛利率优先于一切。最低毛利率取自第一航段所用的行，否则取自“所有运输方式”行。</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Row removed.</source>
        <translation>已删除该行。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <extracomment>Qt&apos;s own file dialog (its labels and buttons) and the file list&apos;s column headers.</extracomment>
        <translation>查找范围：</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>文件名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>文件类型：</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>目录：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>选择(&amp;C)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>父目录</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>列表视图</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>详情视图</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>修改日期</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <extracomment>The GNOME theme&apos;s own texts for the buttons it names differently.</extracomment>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>关闭且不保存</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <extracomment>The message box&apos;s own buttons for its details text.</extracomment>
        <translation>显示详情...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>隐藏详情...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s generic theme: standard button → (context, source text), as Qt looks it up.</extracomment>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>QuotationSender</name>
    <message>
        <source>Open a booking to send its quotation.</source>
        <translation>请先打开一笔订舱再发送报价单。</translation>
    </message>
    <message>
        <source>Only a draft or quoted booking can be sent as a quotation.</source>
        <translation>只有草稿或已报价的订舱才能发送报价单。</translation>
    </message>
    <message>
        <source>No folder for temporary files.</source>
        <translation>没有可用的临时文件夹。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Quotation %1 handed to the mail program; the booking is %2.</source>
        <translation>报价单 %1 已交给邮件程序；订舱状态为%2。</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <source>Calculating…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>Total: not known while leg %1 cannot be priced</source>
        <translation>合计：第 %1 段无法计价，合计未知</translation>
    </message>
    <message>
        <source>Total: not known while legs %1 cannot be priced</source>
        <translation>合计：第 %1 段无法计价，合计未知</translation>
    </message>
    <message>
        <source>Total: not priced</source>
        <translation>总价：未计价</translation>
    </message>
    <message>
        <source>Ccy</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>成本单价</translation>
    </message>
    <message>
        <source>Cost amount</source>
        <translation>成本金额</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>成本 %1</translation>
    </message>
    <message>
        <source>Sell qty</source>
        <translation>销售数量</translation>
    </message>
    <message>
        <source>Sell unit</source>
        <translation>销售单价</translation>
    </message>
    <message>
        <source>Sell ccy</source>
        <translation>销售币种</translation>
    </message>
    <message>
        <source>Sell amount</source>
        <translation>销售金额</translation>
    </message>
    <message>
        <source>Price %1</source>
        <translation>售价 %1</translation>
    </message>
    <message>
        <source>Margin %1</source>
        <translation>毛利 %1</translation>
    </message>
    <message>
        <source>Saved total: %1</source>
        <translation>已保存总价：%1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>总价：%1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>成本：%1</translation>
    </message>
    <message>
        <source>Margin: %1 (%2 %)</source>
        <translation>毛利：%1（%2 %）</translation>
    </message>
    <message>
        <source>below the floor of %1 %</source>
        <translation>低于下限 %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Transit: %n day(s)</source>
        <translation>
            <numerusform>运输时间：%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>FX per USD on %1: %2</source>
        <translation>%1 汇率（每美元）：%2</translation>
    </message>
    <message>
        <source>≈ %1 kg CO2e (estimate)</source>
        <translation>≈ %1 千克 CO2e（估算）</translation>
    </message>
    <message>
        <source>Margin %1 % is below the floor of %2 % (customer: %3): confirming needs an approver and a reason.</source>
        <translation>毛利率 %1 % 低于下限 %2 %（客户：%3）：确认需要审批人和理由。</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>该客户</translation>
    </message>
    <message>
        <source>Leg %1</source>
        <translation>第 %1 段</translation>
    </message>
    <message>
        <source>provisional: an earlier leg has a problem</source>
        <translation>暂定：前面的某一段有问题</translation>
    </message>
    <message>
        <source>chargeable %1</source>
        <translation>计费量 %1</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手工</translation>
    </message>
    <message>
        <source>spot rate</source>
        <translation>即期运价</translation>
    </message>
    <message>
        <source>contract tariff</source>
        <translation>合同运价</translation>
    </message>
    <message>
        <source>included</source>
        <translation>已含</translation>
    </message>
    <message>
        <source>Hide the cost and margin while a customer looks at the screen (%1)</source>
        <translation>客户在看屏幕时隐藏成本和毛利（%1）</translation>
    </message>
    <message>
        <source>Cannot be priced: %1</source>
        <translation>无法计价：%1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Show cost</source>
        <extracomment>The exact text (as the services gave it) of a money or quantity cell. The line fields shown, as the quote JSON names them (the margin column follows them). The columns hidden while a customer looks at the screen.</extracomment>
        <translation>显示成本</translation>
    </message>
    <message>
        <source>Hide cost</source>
        <translation>隐藏成本</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>计费方式</translation>
    </message>
</context>
<context>
    <name>RateDetails</name>
    <message>
        <source>Breaks of the selected rate</source>
        <translation>所选运价的分段</translation>
    </message>
    <message>
        <source>Surcharges that can apply to it</source>
        <translation>可能适用的附加费</translation>
    </message>
    <message>
        <source>Exchange rates (units per USD)</source>
        <translation>汇率（每美元兑换单位）</translation>
    </message>
    <message>
        <source>From (kg or W/M)</source>
        <translation>起点（kg 或计费吨）</translation>
    </message>
    <message>
        <source>Rate per unit</source>
        <translation>单位运价</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最低收费</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>箱型/车型</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Units per USD</source>
        <translation>每美元兑换</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起运地</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Edit rate</source>
        <translation>编辑运价</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>新运价</translation>
    </message>
    <message>
        <source>mode&apos;s default</source>
        <translation>按运输方式默认</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>运输方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>起运地(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>目的地(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>承运人(&amp;C)</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>服务(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Equipment</source>
        <translation>箱型/车型(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>计费方式(&amp;B)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>币种(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>运价(&amp;R)</translation>
    </message>
    <message>
        <source>M&amp;inimum charge</source>
        <translation>最低收费(&amp;I)</translation>
    </message>
    <message>
        <source>Brea&amp;ks (kg or W/M)</source>
        <translation>分段(&amp;K)（kg 或计费吨）</translation>
    </message>
    <message>
        <source>k&amp;g per cbm</source>
        <translation>每立方米公斤数(&amp;G)</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>生效日期(&amp;F)</translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation>截止日期(&amp;T)</translation>
    </message>
    <message>
        <source>Tra&amp;nsit days</source>
        <translation>运输天数(&amp;N)</translation>
    </message>
    <message>
        <source>UN/LOCODE, e.g. CNQZH</source>
        <translation>UN/LOCODE，例如 CNQZH</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>Ma&amp;ximum charge (cap)</source>
        <translation>最高收费（上限）(&amp;X)</translation>
    </message>
</context>
<context>
    <name>RateNotice</name>
    <message numerus="yes">
        <source>%n rate(s) end within %1 days</source>
        <translation>
            <numerusform>%n 条运价将在 %1 天内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>The first ends on %1. They are marked in the Rates view.</source>
        <translation>最早的于 %1 到期。已在运价视图中标出。</translation>
    </message>
</context>
<context>
    <name>RateTableModel</name>
    <message>
        <source>Mode</source>
        <extracomment>Background of a rate that ends within the settings&apos; warning days.</extracomment>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>起运地</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运人</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>箱型/车型</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>运价</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最低收费</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>分段</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation>运输天数</translation>
    </message>
    <message>
        <source>Expired: valid until %1</source>
        <translation>已过期：有效期至 %1</translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesView</name>
    <message>
        <source>&amp;Mode</source>
        <translation>运输方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>起运地(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>目的地(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>承运人(&amp;C)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>any (Ctrl+F)</source>
        <translation>任意（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Valid on</source>
        <translation>有效日期(&amp;V)</translation>
    </message>
    <message>
        <source>Show e&amp;xpired</source>
        <translation>显示已过期(&amp;X)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add rate…</source>
        <translation>添加运价(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a rate by hand (Insert)</source>
        <translation>手工添加运价（Insert）</translation>
    </message>
    <message>
        <source>Ed&amp;it rate…</source>
        <translation>编辑运价(&amp;I)…</translation>
    </message>
    <message>
        <source>Edit the selected rate (Enter)</source>
        <translation>编辑所选运价（Enter）</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>导入：</translation>
    </message>
    <message>
        <source>&amp;Rate sheet…</source>
        <translation>运价表(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Surcharges…</source>
        <translation>附加费(&amp;S)…</translation>
    </message>
    <message>
        <source>Exchan&amp;ge rates…</source>
        <translation>汇率(&amp;G)…</translation>
    </message>
    <message>
        <source>Locatio&amp;ns…</source>
        <translation>地点(&amp;N)…</translation>
    </message>
    <message>
        <source>Sc&amp;hedules…</source>
        <translation>班期(&amp;H)…</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>运价</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>班期</translation>
    </message>
    <message>
        <source>Rates: %1 · schedules: %2</source>
        <translation>运价：%1 · 班期：%2</translation>
    </message>
    <message>
        <source>Rate saved.</source>
        <translation>运价已保存。</translation>
    </message>
</context>
<context>
    <name>Requote</name>
    <message>
        <source>A new quote from %1 (%2), at today&apos;s rates: save or mark it quoted.</source>
        <translation>按今日运价根据 %1（%2）新建报价：请保存或标记为已报价。</translation>
    </message>
    <message>
        <source>Re-quoting %1 at today&apos;s rates: Mark quoted saves revision %2.</source>
        <translation>按今日运价重新报价 %1：标记为已报价将保存为第 %2 版。</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>未成交</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>成交率</translation>
    </message>
    <message>
        <source>Won total</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Won</source>
        <extracomment>Months shown when the view opens: this one and the five before it.</extracomment>
        <translation>成交</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>未成交</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Margin won (%1)</source>
        <translation>成交毛利（%1）</translation>
    </message>
    <message>
        <source>Quotes by month</source>
        <translation>每月报价</translation>
    </message>
    <message>
        <source>No quotes in this period.</source>
        <translation>此期间没有报价。</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价数</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>近 6 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>By customer</source>
        <translation>按客户</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>pricing</source>
        <translation>定价</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Needs the %1 role</source>
        <translation>需要“%1”角色</translation>
    </message>
    <message>
        <source>You are signed in as %1 with the %2 role: changes here need the %3 role.</source>
        <translation>您以 %1 登录，角色为“%2”：此处的更改需要“%3”角色。</translation>
    </message>
</context>
<context>
    <name>RouteChart</name>
    <message>
        <source>transit days →</source>
        <translation>运输天数 →</translation>
    </message>
    <message>
        <source>total ↑</source>
        <translation>总价 ↑</translation>
    </message>
</context>
<context>
    <name>RouteSuggestionsDialog</name>
    <message>
        <source>Suggest routes</source>
        <translation>推荐路线</translation>
    </message>
    <message>
        <source>Searching routes…</source>
        <translation>正在搜索路线…</translation>
    </message>
    <message>
        <source>Use this route</source>
        <translation>使用此路线</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) found.</source>
        <translation>
            <numerusform>找到 %n 条路线。</numerusform>
        </translation>
    </message>
    <message>
        <source>No route can be priced for this cargo and date.</source>
        <translation>此货物和日期没有可计价的路线。</translation>
    </message>
</context>
<context>
    <name>RouteTableModel</name>
    <message>
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总价</translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation>运输天数</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>预计到达</translation>
    </message>
    <message>
        <source>CO2e kg</source>
        <translation>CO2e 千克</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最优</translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>最便宜</translation>
    </message>
    <message>
        <source>fastest</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>greenest</source>
        <translation>最环保</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>New schedule row</source>
        <translation>新建班期行</translation>
    </message>
    <message>
        <source>Schedule row</source>
        <translation>班期行</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>运输方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>起运地(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>目的地(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>承运人(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;ervice</source>
        <translation>服务(&amp;E)</translation>
    </message>
    <message>
        <source>De&amp;partures</source>
        <translation>开航日(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;ut-off (days before)</source>
        <translation>截止（提前天数）(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Transit days</source>
        <translation>运输天数(&amp;T)</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>生效日期(&amp;F)</translation>
    </message>
    <message>
        <source>Valid t&amp;o</source>
        <translation>截止日期(&amp;O)</translation>
    </message>
    <message>
        <source>UN/LOCODE, e.g. CNQZH</source>
        <translation>UN/LOCODE，例如 CNQZH</translation>
    </message>
    <message>
        <source>any service of the carrier</source>
        <translation>该承运人的任意服务</translation>
    </message>
    <message>
        <source>daily, MON THU, or 2026-12-03 2026-12-10</source>
        <translation>daily（每天）、MON THU（星期）或 2026-12-03 2026-12-10（日期）</translation>
    </message>
    <message>
        <source>the rate&apos;s</source>
        <translation>按运价</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Expired: valid until %1</source>
        <translation>已过期：有效期至 %1</translation>
    </message>
</context>
<context>
    <name>SchedulesBox</name>
    <message>
        <source>rate&apos;s</source>
        <translation>按运价</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>起运地</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运人</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>开航日</translation>
    </message>
    <message>
        <source>Cut-off days</source>
        <translation>截止天数</translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation>运输天数</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Ne&amp;w schedule…</source>
        <translation>新建班期(&amp;W)…</translation>
    </message>
    <message>
        <source>Edi&amp;t schedule…</source>
        <translation>编辑班期(&amp;T)…</translation>
    </message>
    <message>
        <source>Edit the selected row (Enter)</source>
        <translation>编辑所选行（Enter）</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>删除班期</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>删除所选行（Delete）</translation>
    </message>
    <message>
        <source>Schedule saved.</source>
        <translation>班期已保存。</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Schedule removed.</source>
        <translation>班期已删除。</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Company name</source>
        <extracomment>Settings that are percentages a clerk types, read in the display language&apos;s notation.</extracomment>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Company address</source>
        <translation>公司地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>标志图片</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>单据语言</translation>
    </message>
    <message>
        <source>Default quote currency</source>
        <translation>默认报价币种</translation>
    </message>
    <message>
        <source>Default markup %</source>
        <translation>默认加成 %</translation>
    </message>
    <message>
        <source>Markup or margin</source>
        <translation>加成或毛利率</translation>
    </message>
    <message>
        <source>Clerk name</source>
        <translation>操作员姓名</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Quotation valid for (days)</source>
        <translation>报价有效期（天）</translation>
    </message>
    <message>
        <source>Warn of rates ending within (days)</source>
        <translation>运价到期提前提醒（天）</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>信头</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>订舱台</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>The customer&apos;s language</source>
        <translation>客户的语言</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>撤销修改(&amp;U)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>cannot read this image</source>
        <translation>无法读取此图片</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>This database is on a network share. SQLite files there can be damaged when several computers use them at once: keep it on this computer&apos;s own disk.</source>
        <translation>此数据库位于网络共享上。多台电脑同时使用时，SQLite 文件可能损坏：请将其放在本机磁盘上。</translation>
    </message>
    <message>
        <source>Margin floor %</source>
        <translation>最低毛利率 %</translation>
    </message>
</context>
<context>
    <name>SheetImports</name>
    <message>
        <source>Import</source>
        <extracomment>Each sheet a view imports → what it changes (the role needed: services.access.NEEDS).</extracomment>
        <translation>导入</translation>
    </message>
    <message>
        <source>Sheets (*.csv *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2.</source>
        <translation>已从 %2 导入 %1 行。</translation>
    </message>
    <message>
        <source>Import refused: nothing was imported.</source>
        <translation>导入被拒绝：未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>ShipDate</name>
    <message numerus="yes">
        <source>The ship date %1 is %n day(s) before today.</source>
        <translation>
            <numerusform>发货日期 %1 比今天早 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Confirm the booking with this ship date anyway?</source>
        <translation>%1
仍要以这个发货日期确认订舱吗？</translation>
    </message>
    <message>
        <source>Ship date in the past</source>
        <translation>发货日期已过</translation>
    </message>
</context>
<context>
    <name>SpotDialog</name>
    <message>
        <source>Spot rate for the leg</source>
        <translation>运段的即期运价</translation>
    </message>
    <message>
        <source>C&amp;arrier:</source>
        <translation>承运人(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>计费方式(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Equipment:</source>
        <translation>箱型/车型(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>运价(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Transit days:</source>
        <translation>运输天数(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Minimum charge:</source>
        <translation>最低收费(&amp;M)：</translation>
    </message>
    <message>
        <source>Ma&amp;ximum charge:</source>
        <translation>最高收费(&amp;X)：</translation>
    </message>
    <message>
        <source>Brea&amp;ks:</source>
        <translation>分段运价(&amp;K)：</translation>
    </message>
    <message>
        <source>Breaks: from-quantity:rate pairs, separated by spaces.</source>
        <translation>分段运价：起始数量:运价，用空格分隔。</translation>
    </message>
</context>
<context>
    <name>TariffBox</name>
    <message>
        <source>included</source>
        <translation>已含</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>另计</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>航线</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>箱型/车型</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>运价</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Max.</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>分段</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Surcharges</source>
        <translation>附加费</translation>
    </message>
    <message>
        <source>Add tari&amp;ff row…</source>
        <translation>添加合同运价行(&amp;F)…</translation>
    </message>
    <message>
        <source>E&amp;dit tariff row…</source>
        <translation>编辑合同运价行(&amp;D)…</translation>
    </message>
    <message>
        <source>Edit the selected row (Enter)</source>
        <translation>编辑所选行（Enter）</translation>
    </message>
    <message>
        <source>Re&amp;move tariff row</source>
        <translation>删除合同运价行(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>删除所选行（Delete）</translation>
    </message>
    <message>
        <source>Contract tariff of %1</source>
        <translation>%1 的合同运价</translation>
    </message>
    <message>
        <source>Contract tariff</source>
        <translation>合同运价</translation>
    </message>
    <message>
        <source>Save the party first to give it a contract tariff.</source>
        <translation>请先保存客户方，再为其设置合同运价。</translation>
    </message>
    <message>
        <source>No contract tariff: the pricing profile prices this customer&apos;s quotes.</source>
        <translation>无合同运价：此客户的报价按定价方案计算。</translation>
    </message>
    <message>
        <source>A leg on a lane with a row valid on its ETD sells at the tariff; expired rows are grey.</source>
        <translation>航段所在航线若有在其开航日有效的行，即按合同运价销售；已过期的行显示为灰色。</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Tariff row removed.</source>
        <translation>已删除合同运价行。</translation>
    </message>
</context>
<context>
    <name>TariffDialog</name>
    <message>
        <source>New tariff row for %1</source>
        <translation>为 %1 新建合同运价行</translation>
    </message>
    <message>
        <source>Tariff row of %1</source>
        <translation>%1 的合同运价行</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>运输方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>起运地(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>目的地(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Equipment</source>
        <translation>箱型/车型(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>计费方式(&amp;B)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>币种(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>运价(&amp;R)</translation>
    </message>
    <message>
        <source>M&amp;inimum charge</source>
        <translation>最低收费(&amp;I)</translation>
    </message>
    <message>
        <source>Ma&amp;ximum charge (cap)</source>
        <translation>最高收费（上限）(&amp;X)</translation>
    </message>
    <message>
        <source>Brea&amp;ks (kg or W/M)</source>
        <translation>分段(&amp;K)（kg 或计费吨）</translation>
    </message>
    <message>
        <source>k&amp;g per cbm</source>
        <translation>每立方米公斤数(&amp;G)</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>生效日期(&amp;F)</translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation>截止日期(&amp;T)</translation>
    </message>
    <message>
        <source>Surc&amp;harges</source>
        <translation>附加费(&amp;H)</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>mode&apos;s default</source>
        <translation>按运输方式默认</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>UN/LOCODE, e.g. CNQZH</source>
        <translation>UN/LOCODE，例如 CNQZH</translation>
    </message>
    <message>
        <source>extra: sold by the price rule</source>
        <translation>另计：按加价规则销售</translation>
    </message>
    <message>
        <source>included: the tariff is all-in</source>
        <translation>已含：合同运价为全包价</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>TariffModel</name>
    <message>
        <source>Expired: valid until %1</source>
        <translation>已过期：有效期至 %1</translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
