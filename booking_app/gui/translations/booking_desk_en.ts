<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionSet</name>
    <message>
        <source>&amp;New booking</source>
        <extracomment>Editor actions the window forwards to the current booking editor.</extracomment>
        <translation>&amp;New booking</translation>
    </message>
    <message>
        <source>Start a new booking</source>
        <translation>Start a new booking</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the booking (a draft until quoted)</source>
        <translation>Save the booking (a draft until quoted)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>The quotation or confirmation as a PDF</source>
        <translation>The quotation or confirmation as a PDF</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>Show the quotation or confirmation in the desk</source>
        <translation>Show the quotation or confirmation in the desk</translation>
    </message>
    <message>
        <source>&amp;Open as PDF…</source>
        <translation>&amp;Open as PDF…</translation>
    </message>
    <message>
        <source>Print the quotation or confirmation on a printer</source>
        <translation>Print the quotation or confirmation on a printer</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Save P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the quotation or confirmation as a PDF file</source>
        <translation>Save the quotation or confirmation as a PDF file</translation>
    </message>
    <message>
        <source>Cost s&amp;heet…</source>
        <translation>Cost s&amp;heet…</translation>
    </message>
    <message>
        <source>The internal cost sheet: cost, price and margin of every line</source>
        <translation>The internal cost sheet: cost, price and margin of every line</translation>
    </message>
    <message>
        <source>E&amp;xport day…</source>
        <translation>E&amp;xport day…</translation>
    </message>
    <message>
        <source>The day&apos;s bookings as CSV, XLSX or PDF, written in the background</source>
        <translation>The day&apos;s bookings as CSV, XLSX or PDF, written in the background</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>A checked copy of the database, made while the desk runs</source>
        <translation>A checked copy of the database, made while the desk runs</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Put a backup in place of the database (the current one is kept)</source>
        <translation>Put a backup in place of the database (the current one is kept)</translation>
    </message>
    <message>
        <source>&amp;Close booking</source>
        <translation>&amp;Close booking</translation>
    </message>
    <message>
        <source>Close the booking&apos;s tab</source>
        <translation>Close the booking&apos;s tab</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close the desk</source>
        <translation>Close the desk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Undo the last edit of the booking</source>
        <translation>Undo the last edit of the booking</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Redo the edit undone</source>
        <translation>Redo the edit undone</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>Search the current list</translation>
    </message>
    <message>
        <source>Mark &amp;quoted</source>
        <translation>Mark &amp;quoted</translation>
    </message>
    <message>
        <source>Save and mark as quoted</source>
        <translation>Save and mark as quoted</translation>
    </message>
    <message>
        <source>S&amp;end quotation…</source>
        <translation>S&amp;end quotation…</translation>
    </message>
    <message>
        <source>The quotation as an e-mail with the PDF, in the mail program; marks the booking quoted</source>
        <translation>The quotation as an e-mail with the PDF, in the mail program; marks the booking quoted</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>Save and confirm (then read-only)</source>
        <translation>Save and confirm (then read-only)</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>&amp;Amend</translation>
    </message>
    <message>
        <source>Change a confirmed booking: a new revision</source>
        <translation>Change a confirmed booking: a new revision</translation>
    </message>
    <message>
        <source>Cance&amp;l booking</source>
        <translation>Cance&amp;l booking</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Cancel the booking</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>A new booking like this one</source>
        <translation>A new booking like this one</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>&amp;Previous day</translation>
    </message>
    <message>
        <source>Bookings of the day before</source>
        <translation>Bookings of the day before</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>&amp;Next day</translation>
    </message>
    <message>
        <source>Bookings of the day after</source>
        <translation>Bookings of the day after</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Today&apos;s bookings</source>
        <translation>Today&apos;s bookings</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>About the booking desk</source>
        <translation>About the booking desk</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>&amp;Bookings</translation>
    </message>
    <message>
        <source>&amp;Rates</source>
        <translation>&amp;Rates</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>Res&amp;ults</translation>
    </message>
    <message>
        <source>Show the %1 view</source>
        <translation>Show the %1 view</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approval needed</source>
        <translation>Approval needed</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Approved &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Booking desk databases (*.sqlite3)</source>
        <translation>Booking desk databases (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Booking desk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Booking desk databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Replace the database with %1? The current database is kept aside.</source>
        <translation>Replace the database with %1? The current database is kept aside.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>The office server keeps its own backups; this desk has no file to copy.</source>
        <translation>The office server keeps its own backups; this desk has no file to copy.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Restored %1; the previous database is kept as %2</source>
        <translation>Restored %1; the previous database is kept as %2</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>Choose another file</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Click to go to the field concerned.</source>
        <extracomment>Header fields a problem may name, as the header panel calls them.</extracomment>
        <translation>Click to go to the field concerned.</translation>
    </message>
</context>
<context>
    <name>BookingEditor</name>
    <message>
        <source>Saved %1 (revision %2) as %3.</source>
        <translation>Saved %1 (revision %2) as %3.</translation>
    </message>
    <message>
        <source>Not confirmed: the ship date is before today.</source>
        <translation>Not confirmed: the ship date is before today.</translation>
    </message>
    <message>
        <source>Not confirmed: the margin is below the floor and needs an approval.</source>
        <translation>Not confirmed: the margin is below the floor and needs an approval.</translation>
    </message>
    <message>
        <source>The margin of %1 % is below the floor of %2 % (customer: %3). Who approves confirming it, and why?</source>
        <translation>The margin of %1 % is below the floor of %2 % (customer: %3). Who approves confirming it, and why?</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>this customer</translation>
    </message>
    <message>
        <source>Cancel booking %1? This cannot be undone.
Why is it cancelled?</source>
        <translation>Cancel booking %1? This cannot be undone.
Why is it cancelled?</translation>
    </message>
    <message>
        <source>Booking %1 is cancelled.</source>
        <translation>Booking %1 is cancelled.</translation>
    </message>
    <message>
        <source>Amending: saving makes a new revision.</source>
        <translation>Amending: saving makes a new revision.</translation>
    </message>
    <message>
        <source>Type the party&apos;s name first.</source>
        <translation>Type the party&apos;s name first.</translation>
    </message>
    <message>
        <source>Party %1 added.</source>
        <translation>Party %1 added.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>Booking desk</source>
        <translation>Booking desk</translation>
    </message>
    <message>
        <source>Not saved: the office server cannot be reached. Everything you typed is still here; save again when the desk is back online.</source>
        <translation>Not saved: the office server cannot be reached. Everything you typed is still here; save again when the desk is back online.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>New booking</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>amending</source>
        <translation>amending</translation>
    </message>
    <message>
        <source>clerk %1</source>
        <translation>clerk %1</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Route</translation>
    </message>
    <message>
        <source>Live quote</source>
        <translation>Live quote</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Mark quoted</source>
        <translation>Mark quoted</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Amend</translation>
    </message>
    <message>
        <source>Add leg</source>
        <translation>Add leg</translation>
    </message>
    <message>
        <source>Remove leg</source>
        <translation>Remove leg</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>BookingsModel</name>
    <message>
        <source>Booking no.</source>
        <extracomment>The booking number of a row, whatever the column.</extracomment>
        <translation>Booking no.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modes</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln booking(s)</source>
        <translation>
            <numerusform>%Ln booking</numerusform>
            <numerusform>%Ln bookings</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Previous day (Alt+Left)</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Next day (Alt+Right)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Today&apos;s bookings (Alt+Home)</source>
        <translation>Today&apos;s bookings (Alt+Home)</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>All days</translation>
    </message>
    <message>
        <source>Export day…</source>
        <translation>Export day…</translation>
    </message>
    <message>
        <source>The day&apos;s bookings as CSV, XLSX or PDF (Ctrl+E)</source>
        <translation>The day&apos;s bookings as CSV, XLSX or PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>C&amp;lerk:</source>
        <translation>C&amp;lerk:</translation>
    </message>
    <message>
        <source>The whole office&apos;s bookings, yours, or one clerk&apos;s</source>
        <translation>The whole office&apos;s bookings, yours, or one clerk&apos;s</translation>
    </message>
    <message>
        <source>Search: booking no., party, place or code (Ctrl+F)</source>
        <translation>Search: booking no., party, place or code (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
</context>
<context>
    <name>CargoPanel</name>
    <message>
        <source>Pieces</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <source>L cm</source>
        <translation>L cm</translation>
    </message>
    <message>
        <source>W cm</source>
        <translation>W cm</translation>
    </message>
    <message>
        <source>H cm</source>
        <translation>H cm</translation>
    </message>
    <message>
        <source>kg each</source>
        <translation>kg each</translation>
    </message>
    <message>
        <source>Truck type</source>
        <translation>Truck type</translation>
    </message>
    <message>
        <source>Trucks</source>
        <translation>Trucks</translation>
    </message>
    <message>
        <source>Cannot total the cargo: %1</source>
        <translation>Cannot total the cargo: %1</translation>
    </message>
    <message>
        <source>Gross %1 kg</source>
        <translation>Gross %1 kg</translation>
    </message>
    <message>
        <source>%1 cbm</source>
        <translation>%1 cbm</translation>
    </message>
    <message>
        <source>%1 W/M</source>
        <translation>%1 W/M</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Totals: </source>
        <translation>Totals: </translation>
    </message>
    <message>
        <source>Pieces, or totals</source>
        <translation>Pieces, or totals</translation>
    </message>
    <message>
        <source>&amp;Containers and trucks</source>
        <translation>&amp;Containers and trucks</translation>
    </message>
    <message>
        <source>Containers per type:</source>
        <translation>Containers per type:</translation>
    </message>
    <message>
        <source>Add piece line</source>
        <translation>Add piece line</translation>
    </message>
    <message>
        <source>Remove piece line</source>
        <translation>Remove piece line</translation>
    </message>
    <message>
        <source>Add truck line</source>
        <translation>Add truck line</translation>
    </message>
    <message>
        <source>Remove truck line</source>
        <translation>Remove truck line</translation>
    </message>
    <message>
        <source>&amp;Weight kg:</source>
        <translation>&amp;Weight kg:</translation>
    </message>
    <message>
        <source>&amp;Volume cbm:</source>
        <translation>&amp;Volume cbm:</translation>
    </message>
    <message>
        <source>&amp;Goods:</source>
        <translation>&amp;Goods:</translation>
    </message>
    <message>
        <source>Description of the goods</source>
        <translation>Description of the goods</translation>
    </message>
    <message>
        <source>Dangerous goods</source>
        <translation>Dangerous goods</translation>
    </message>
    <message>
        <source>Piece line %1, %2</source>
        <translation>Piece line %1, %2</translation>
    </message>
    <message>
        <source>Truck line %1, %2</source>
        <translation>Truck line %1, %2</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>Add a charge to the leg</source>
        <extracomment>A field of a form: a line edit, a choice, or a number field.</extracomment>
        <translation>Add a charge to the leg</translation>
    </message>
    <message>
        <source>from the leg&apos;s markup or margin</source>
        <translation>from the leg&apos;s markup or margin</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>&amp;Unit cost:</source>
        <translation>&amp;Unit cost:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>C&amp;urrency:</translation>
    </message>
    <message>
        <source>&amp;Sell unit price:</source>
        <translation>&amp;Sell unit price:</translation>
    </message>
    <message>
        <source>Without a sell unit price the leg&apos;s markup or margin applies.</source>
        <translation>Without a sell unit price the leg&apos;s markup or margin applies.</translation>
    </message>
</context>
<context>
    <name>ClerkFilter</name>
    <message>
        <source>All clerks</source>
        <translation>All clerks</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Me (%1)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
</context>
<context>
    <name>ClerkNameDialog</name>
    <message>
        <source>Welcome to the booking desk</source>
        <extracomment>Asks for the clerk&apos;s name: the name, or None when the clerk declines.</extracomment>
        <translation>Welcome to the booking desk</translation>
    </message>
    <message>
        <source>Who is at this desk? Your name is printed on quotations and confirmations (&quot;Issued by …&quot;) and kept with each booking. You can change it later in Settings (Ctrl+4).</source>
        <translation>Who is at this desk? Your name is printed on quotations and confirmations (&quot;Issued by …&quot;) and kept with each booking. You can change it later in Settings (Ctrl+4).</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>e.g. Nguyen Van An</source>
        <translation>e.g. Nguyen Van An</translation>
    </message>
</context>
<context>
    <name>Completer</name>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>airport</source>
        <translation>airport</translation>
    </message>
    <message>
        <source>rail terminal</source>
        <translation>rail terminal</translation>
    </message>
    <message>
        <source>border crossing</source>
        <translation>border crossing</translation>
    </message>
    <message>
        <source>inland depot</source>
        <translation>inland depot</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>cannot open the database %1: %2</source>
        <extracomment>What the clerk chose: (&quot;open&quot;, a database), (&quot;restore&quot;, a backup) or (&quot;quit&quot;, None).</extracomment>
        <translation>cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>Open another database, restore a backup, or quit.</source>
        <translation>Open another database, restore a backup, or quit.</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Open another file…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>Booking desk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Booking desk databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>Backups (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Booking desk</source>
        <translation>Booking desk</translation>
    </message>
    <message>
        <source>internal error (%1); the details are in %2</source>
        <translation>internal error (%1); the details are in %2</translation>
    </message>
    <message>
        <source>Everything saved so far is kept.</source>
        <translation>Everything saved so far is kept.</translation>
    </message>
</context>
<context>
    <name>DayEdit</name>
    <message>
        <source>t: today; +3: in three days; -1: yesterday</source>
        <translation>t: today; +3: in three days; -1: yesterday</translation>
    </message>
</context>
<context>
    <name>DayExporter</name>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF list (*.pdf)</source>
        <translation>PDF list (*.pdf)</translation>
    </message>
    <message>
        <source>Export the bookings of %1</source>
        <translation>Export the bookings of %1</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>An export is already running.</translation>
    </message>
    <message>
        <source>Export day</source>
        <translation>Export day</translation>
    </message>
    <message>
        <source>Exporting the bookings of %1…</source>
        <translation>Exporting the bookings of %1…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n booking(s) to %1.</source>
        <translation>
            <numerusform>Exported %n booking to %1.</numerusform>
            <numerusform>Exported %n bookings to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>The export failed.</translation>
    </message>
    <message>
        <source>The bookings could not be exported:
%1</source>
        <translation>The bookings could not be exported:
%1</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Cannot read %1</source>
        <extracomment>The PDF Ctrl+P wrote last, and whether it is opened in the system&apos;s viewer.</extracomment>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>Cost sheet (internal)</source>
        <translation>Cost sheet (internal)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s).</source>
        <translation>
            <numerusform>Printed %n page.</numerusform>
            <numerusform>Printed %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>No folder for temporary files.</source>
        <translation>No folder for temporary files.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Not printed: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Quotation</translation>
    </message>
    <message>
        <source>Saved %1, but no program could open it. Open the file from its folder, or install a PDF viewer.</source>
        <translation>Saved %1, but no program could open it. Open the file from its folder, or install a PDF viewer.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>%1 must be saved before it is printed. Save it now?</source>
        <translation>%1 must be saved before it is printed. Save it now?</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>Save first</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>The printer stopped.</source>
        <translation>The printer stopped.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No bookings yet.

%1  a new booking
%2  the rates: import a rate sheet there (Alt+R)
%3  the settings: your name and the company&apos;s letterhead</source>
        <translation>No bookings yet.

%1  a new booking
%2  the rates: import a rate sheet there (Alt+R)
%3  the settings: your name and the company&apos;s letterhead</translation>
    </message>
    <message>
        <source>No bookings on this day match.

%1 / %2  the day before / after,  %3  today
%4  search every day (tick All days)
%5  a new booking</source>
        <translation>No bookings on this day match.

%1 / %2  the day before / after,  %3  today
%4  search every day (tick All days)
%5  a new booking</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <extracomment>The booking number of a row, whatever the column. Statuses listed: quotes still to chase, and (on demand) those decided. Expired quotes stay in the list this many days after their validity (still worth a call). A quote in its last days is marked as late.</extracomment>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>last day</source>
        <translation>last day</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Booking no.</source>
        <translation>Booking no.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>%1: the margin is below the floor. Open it to record an approval.</source>
        <extracomment>The summary counts quotes ending within this many days.</extracomment>
        <translation>%1: the margin is below the floor. Open it to record an approval.</translation>
    </message>
    <message>
        <source>%1 confirmed as revision %2 at today&apos;s rates: %3 → %4.</source>
        <translation>%1 confirmed as revision %2 at today&apos;s rates: %3 → %4.</translation>
    </message>
    <message>
        <source>%1 confirmed: won.</source>
        <translation>%1 confirmed: won.</translation>
    </message>
    <message>
        <source>Quote %1 expired on %2.
Its total was %3; at today&apos;s rates it is %4.

Confirm it at the new price as revision %5?</source>
        <translation>Quote %1 expired on %2.
Its total was %3; at today&apos;s rates it is %4.

Confirm it at the new price as revision %5?</translation>
    </message>
    <message>
        <source>Why was %1 (%2) lost?</source>
        <translation>Why was %1 (%2) lost?</translation>
    </message>
    <message>
        <source>%1 lost: %2</source>
        <translation>%1 lost: %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Follow-up (%1)</source>
        <translation>Follow-up (%1)</translation>
    </message>
    <message>
        <source>%1 open · %2 ending within %3 days · %4 expired</source>
        <translation>%1 open · %2 ending within %3 days · %4 expired</translation>
    </message>
    <message>
        <source>Search customer, route or number</source>
        <translation>Search customer, route or number</translation>
    </message>
    <message>
        <source>Show all: won, lost, long expired</source>
        <translation>Show all: won, lost, long expired</translation>
    </message>
    <message>
        <source>Won → confirm (W)</source>
        <translation>Won → confirm (W)</translation>
    </message>
    <message>
        <source>Lost… (L)</source>
        <translation>Lost… (L)</translation>
    </message>
    <message>
        <source>Re-quote (R)</source>
        <translation>Re-quote (R)</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Open (Enter)</translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <source>C&amp;ustomer:</source>
        <extracomment>Incoterms 2020, the terms a clerk picks from.</extracomment>
        <translation>C&amp;ustomer:</translation>
    </message>
    <message>
        <source>S&amp;hipper:</source>
        <translation>S&amp;hipper:</translation>
    </message>
    <message>
        <source>Co&amp;nsignee:</source>
        <translation>Co&amp;nsignee:</translation>
    </message>
    <message>
        <source>Quote &amp;date:</source>
        <translation>Quote &amp;date:</translation>
    </message>
    <message>
        <source>S&amp;hip date:</source>
        <translation>S&amp;hip date:</translation>
    </message>
    <message>
        <source>&amp;Incoterm:</source>
        <translation>&amp;Incoterm:</translation>
    </message>
    <message>
        <source>Quote c&amp;urrency:</source>
        <translation>Quote c&amp;urrency:</translation>
    </message>
    <message>
        <source>&amp;Profit:</source>
        <translation>&amp;Profit:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Name, in any script</source>
        <translation>Name, in any script</translation>
    </message>
    <message>
        <source>Add the typed name as a new party</source>
        <translation>Add the typed name as a new party</translation>
    </message>
    <message>
        <source>This booking&apos;s own markup or margin; blank: profile or settings</source>
        <translation>This booking&apos;s own markup or margin; blank: profile or settings</translation>
    </message>
    <message>
        <source>from profile</source>
        <translation>from profile</translation>
    </message>
    <message>
        <source>Profit %</source>
        <translation>Profit %</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>amended</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>status changed</translation>
    </message>
    <message>
        <source>re-priced</source>
        <translation>re-priced</translation>
    </message>
    <message>
        <source>margin approved</source>
        <translation>margin approved</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>by %1: %2</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>before</source>
        <translation>before</translation>
    </message>
    <message>
        <source>after</source>
        <translation>after</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <source>Import refused: %1</source>
        <translation>Import refused: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems found in %1: %2. Nothing was imported: correct the file and import it again.</source>
        <translation>Problems found in %1: %2. Nothing was imported: correct the file and import it again.</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;Copy list</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Sea FCL</source>
        <extracomment>The source texts of ``core.vocabulary``&apos;s names, literal for ``pyside6-lupdate`` (a test checks that they are exactly the core&apos;s names: one vocabulary).</extracomment>
        <translation>Sea FCL</translation>
    </message>
    <message>
        <source>Sea LCL</source>
        <translation>Sea LCL</translation>
    </message>
    <message>
        <source>Rail FCL</source>
        <translation>Rail FCL</translation>
    </message>
    <message>
        <source>Rail LCL</source>
        <translation>Rail LCL</translation>
    </message>
    <message>
        <source>Truck FTL</source>
        <translation>Truck FTL</translation>
    </message>
    <message>
        <source>Truck LTL</source>
        <translation>Truck LTL</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Air</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>quoted</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>per container</source>
        <translation>per container</translation>
    </message>
    <message>
        <source>per truck</source>
        <translation>per truck</translation>
    </message>
    <message>
        <source>per W/M</source>
        <translation>per W/M</translation>
    </message>
    <message>
        <source>per kg</source>
        <translation>per kg</translation>
    </message>
    <message>
        <source>per shipment</source>
        <translation>per shipment</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>Markup %</source>
        <translation>Markup %</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Margin %</translation>
    </message>
    <message>
        <source>markup %1 %</source>
        <translation>markup %1 %</translation>
    </message>
    <message>
        <source>margin %1 %</source>
        <translation>margin %1 %</translation>
    </message>
</context>
<context>
    <name>LegsPanel</name>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>ETD</source>
        <translation>ETD</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <source>Price or problem</source>
        <translation>Price or problem</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Cut-off</source>
        <translation>Cut-off</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Cheapest</translation>
    </message>
    <message>
        <source>Add charge…</source>
        <translation>Add charge…</translation>
    </message>
    <message>
        <source>Add a charge by hand to the leg under the cursor</source>
        <translation>Add a charge by hand to the leg under the cursor</translation>
    </message>
    <message>
        <source>Spot rate…</source>
        <translation>Spot rate…</translation>
    </message>
    <message>
        <source>Price the leg under the cursor at a rate a carrier gave for this shipment</source>
        <translation>Price the leg under the cursor at a rate a carrier gave for this shipment</translation>
    </message>
    <message>
        <source>Remove added</source>
        <translation>Remove added</translation>
    </message>
    <message>
        <source>Remove a charge or spot rate added to the leg under the cursor</source>
        <translation>Remove a charge or spot rate added to the leg under the cursor</translation>
    </message>
    <message>
        <source>Suggest routes…</source>
        <translation>Suggest routes…</translation>
    </message>
    <message>
        <source>Every route from the first origin to the last destination, for this cargo</source>
        <translation>Every route from the first origin to the last destination, for this cargo</translation>
    </message>
    <message>
        <source>spot %1</source>
        <extracomment>What a clerk adds to a leg by hand (selling.md §4), kept in the row as JSON text. Finds carriers: (mode, origin, destination, ETD) → names.</extracomment>
        <translation>spot %1</translation>
    </message>
    <message>
        <source>Priced from an earlier ready date: a leg before this one has a problem, so its dates and price may still change</source>
        <translation>Priced from an earlier ready date: a leg before this one has a problem, so its dates and price may still change</translation>
    </message>
    <message>
        <source>Cargo ready {ready}; at the terminal by {cutoff}; sails {etd}</source>
        <translation>Cargo ready {ready}; at the terminal by {cutoff}; sails {etd}</translation>
    </message>
    <message>
        <source>No schedule: departs when ready</source>
        <translation>No schedule: departs when ready</translation>
    </message>
    <message>
        <source>Remove spot rate %1</source>
        <translation>Remove spot rate %1</translation>
    </message>
    <message>
        <source>Remove charge %1</source>
        <translation>Remove charge %1</translation>
    </message>
    <message>
        <source>Nothing added to this leg</source>
        <translation>Nothing added to this leg</translation>
    </message>
    <message>
        <source>Add leg</source>
        <translation>Add leg</translation>
    </message>
    <message>
        <source>Add a leg starting where the last one ends (Ctrl+L)</source>
        <translation>Add a leg starting where the last one ends (Ctrl+L)</translation>
    </message>
    <message>
        <source>Remove leg</source>
        <translation>Remove leg</translation>
    </message>
</context>
<context>
    <name>LiveQuoter</name>
    <message>
        <source>Add a leg to see the quote.</source>
        <extracomment>How long the clerk pauses typing before the request is priced again.</extracomment>
        <translation>Add a leg to see the quote.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Save the booking before printing it.</source>
        <translation>Save the booking before printing it.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Open a booking to print it.</source>
        <translation>Open a booking to print it.</translation>
    </message>
    <message>
        <source>This view opens when the server is back.</source>
        <extracomment>The catalogue&apos;s views: (module, class), imported when the window is built.</extracomment>
        <translation>This view opens when the server is back.</translation>
    </message>
    <message>
        <source>About the booking desk</source>
        <translation>About the booking desk</translation>
    </message>
    <message>
        <source>Quotes and bookings for freight on the China–ASEAN land-sea corridor.
Rates in the demo database are illustrative samples only.</source>
        <translation>Quotes and bookings for freight on the China–ASEAN land-sea corridor.
Rates in the demo database are illustrative samples only.</translation>
    </message>
    <message>
        <source>Booking desk</source>
        <translation>Booking desk</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Rates</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>This view is not available in this build yet.</source>
        <translation>This view is not available in this build yet.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>B&amp;ooking</source>
        <translation>B&amp;ooking</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>A number is needed here.</source>
        <extracomment>Error codes of :class:`NumberError`.</extracomment>
        <translation>A number is needed here.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1” is not a whole number.</translation>
    </message>
    <message>
        <source>“%1” is not a threshold:rate pair, e.g. %2.</source>
        <translation>“%1” is not a threshold:rate pair, e.g. %2.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: write it like %2.</source>
        <translation>Cannot read “%1”: write it like %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Did you mean %1?</translation>
    </message>
    <message>
        <source>“%1” is not a number; write it like %2.</source>
        <translation>“%1” is not a number; write it like %2.</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message numerus="yes">
        <source>Offline: the office server cannot be reached. Quotes come from this desk&apos;s copy of the rates (%n minute(s) old); bookings cannot be saved until the server is back. Nothing you type is lost.</source>
        <extracomment>How often the banner&apos;s &quot;N minutes old&quot; is brought up to date (milliseconds).</extracomment>
        <translation>
            <numerusform>Offline: the office server cannot be reached. Quotes come from this desk&apos;s copy of the rates (%n minute old); bookings cannot be saved until the server is back. Nothing you type is lost.</numerusform>
            <numerusform>Offline: the office server cannot be reached. Quotes come from this desk&apos;s copy of the rates (%n minutes old); bookings cannot be saved until the server is back. Nothing you type is lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>PartiesView</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>name, contact, phone, email, tax id (Ctrl+F)</source>
        <translation>name, contact, phone, email, tax id (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Tax ID</source>
        <translation>&amp;Tax ID</translation>
    </message>
    <message>
        <source>Ne&amp;w party</source>
        <translation>Ne&amp;w party</translation>
    </message>
    <message>
        <source>Start a new party (Insert)</source>
        <translation>Start a new party (Insert)</translation>
    </message>
    <message>
        <source>&amp;Save party</source>
        <translation>&amp;Save party</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Import:</translation>
    </message>
    <message>
        <source>Import &amp;parties…</source>
        <translation>Import &amp;parties…</translation>
    </message>
    <message>
        <source>A sheet of name, address, contact, phone, email, tax_id; a known name is updated</source>
        <translation>A sheet of name, address, contact, phone, email, tax_id; a known name is updated</translation>
    </message>
    <message>
        <source>Import p&amp;ricing…</source>
        <translation>Import p&amp;ricing…</translation>
    </message>
    <message>
        <source>A sheet of customer, mode, rule, percent, min_margin_percent</source>
        <translation>A sheet of customer, mode, rule, percent, min_margin_percent</translation>
    </message>
    <message>
        <source>Import se&amp;ll rates…</source>
        <translation>Import se&amp;ll rates…</translation>
    </message>
    <message>
        <source>A sheet of customers&apos; contract tariffs: customer, mode, origin, destination, equipment, basis, currency, rate, …, surcharges; all rows or none</source>
        <translation>A sheet of customers&apos; contract tariffs: customer, mode, origin, destination, equipment, basis, currency, rate, …, surcharges; all rows or none</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>New party</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>Parties: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>PartyBadges</name>
    <message>
        <source>No party is called %1 yet: saving the booking adds it</source>
        <translation>No party is called %1 yet: saving the booking adds it</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>of %1</source>
        <extracomment>What a window manager&apos;s title bar and borders may take around the dialog.</extracomment>
        <translation>of %1</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Mode</source>
        <extracomment>Something a screen shows as a problem: data from the services, or a sentence already in the clerk&apos;s language (a number the GUI could not read). Anything else (an unexpected exception) is shown as its text.</extracomment>
        <translation>Mode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Shipper</source>
        <translation>Shipper</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>Consignee</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>Cargo description</source>
        <translation>Cargo description</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Quote date</source>
        <translation>Quote date</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>Ship date</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Markup %</source>
        <translation>Markup %</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Margin %</translation>
    </message>
    <message>
        <source>Extra charges</source>
        <translation>Extra charges</translation>
    </message>
    <message>
        <source>Spot rate</source>
        <translation>Spot rate</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>rail terminal</source>
        <translation>rail terminal</translation>
    </message>
    <message>
        <source>airport</source>
        <translation>airport</translation>
    </message>
    <message>
        <source>inland depot</source>
        <translation>inland depot</translation>
    </message>
    <message>
        <source>border crossing</source>
        <translation>border crossing</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>No rate from carrier {carrier} on this lane</source>
        <translation>No rate from carrier {carrier} on this lane</translation>
    </message>
    <message>
        <source>No rate on this lane</source>
        <translation>No rate on this lane</translation>
    </message>
    <message>
        <source>No rate from carrier {carrier} valid on {day}</source>
        <translation>No rate from carrier {carrier} valid on {day}</translation>
    </message>
    <message>
        <source>No rate valid on {day}</source>
        <translation>No rate valid on {day}</translation>
    </message>
    <message>
        <source>containers/trucks {units}</source>
        <translation>containers/trucks {units}</translation>
    </message>
    <message>
        <source>loose cargo</source>
        <translation>loose cargo</translation>
    </message>
    <message>
        <source>Air freight needs an airport: {location} is a {kind}. Its airport: {airports}</source>
        <translation>Air freight needs an airport: {location} is a {kind}. Its airport: {airports}</translation>
    </message>
    <message>
        <source>Air freight needs an airport: {location} is a {kind}, not an airport</source>
        <translation>Air freight needs an airport: {location} is a {kind}, not an airport</translation>
    </message>
    <message>
        <source>Choose where this leg starts (From)</source>
        <translation>Choose where this leg starts (From)</translation>
    </message>
    <message>
        <source>Choose where this leg ends (To)</source>
        <translation>Choose where this leg ends (To)</translation>
    </message>
    <message>
        <source>Unknown location {location}</source>
        <extracomment>code → the sentence&apos;s template (``{name}`` is a parameter); a callable picks one.</extracomment>
        <translation>Unknown location {location}</translation>
    </message>
    <message>
        <source>No departure of {carriers} within {days} days with a valid rate</source>
        <translation>No departure of {carriers} within {days} days with a valid rate</translation>
    </message>
    <message>
        <source>No rate for equipment {equipment}</source>
        <translation>No rate for equipment {equipment}</translation>
    </message>
    <message>
        <source>No rate fits {cargo} (rates here are {bases})</source>
        <translation>No rate fits {cargo} (rates here are {bases})</translation>
    </message>
    <message>
        <source>The spot rate does not fit {cargo}</source>
        <translation>The spot rate does not fit {cargo}</translation>
    </message>
    <message>
        <source>No exchange rate for {currency} valid on {day}</source>
        <translation>No exchange rate for {currency} valid on {day}</translation>
    </message>
    <message>
        <source>A booking needs: {fields}</source>
        <translation>A booking needs: {fields}</translation>
    </message>
    <message>
        <source>The cargo is empty: give pieces, weight/volume, containers or trucks</source>
        <translation>The cargo is empty: give pieces, weight/volume, containers or trucks</translation>
    </message>
    <message>
        <source>Leg {previous} ends at {end} but leg {leg} starts at {start}</source>
        <translation>Leg {previous} ends at {end} but leg {leg} starts at {start}</translation>
    </message>
    <message>
        <source>Choose the mode of this leg</source>
        <translation>Choose the mode of this leg</translation>
    </message>
    <message>
        <source>Mode {value} is not known</source>
        <translation>Mode {value} is not known</translation>
    </message>
    <message>
        <source>{value} is not a location code (five letters or digits)</source>
        <translation>{value} is not a location code (five letters or digits)</translation>
    </message>
    <message>
        <source>{field}: {value} is not a date</source>
        <translation>{field}: {value} is not a date</translation>
    </message>
    <message>
        <source>{value} is not a currency code</source>
        <translation>{value} is not a currency code</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>{field} is missing</translation>
    </message>
    <message>
        <source>{field}: {value} is not a number</source>
        <translation>{field}: {value} is not a number</translation>
    </message>
    <message>
        <source>{field}: {value} is not a location code (five letters or digits)</source>
        <translation>{field}: {value} is not a location code (five letters or digits)</translation>
    </message>
    <message>
        <source>{field}: {value} is not a currency code</source>
        <translation>{field}: {value} is not a currency code</translation>
    </message>
    <message>
        <source>{field}: {value} is not a date (YYYY-MM-DD)</source>
        <translation>{field}: {value} is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{field}: {value} is outside the years {low}–{high}</source>
        <translation>{field}: {value} is outside the years {low}–{high}</translation>
    </message>
    <message>
        <source>{field}: {value} is not one of {choices}</source>
        <translation>{field}: {value} is not one of {choices}</translation>
    </message>
    <message>
        <source>Unknown column {columns} (expected: {expected})</source>
        <translation>Unknown column {columns} (expected: {expected})</translation>
    </message>
    <message>
        <source>Missing column {columns}</source>
        <translation>Missing column {columns}</translation>
    </message>
    <message>
        <source>A column appears twice</source>
        <translation>A column appears twice</translation>
    </message>
    <message>
        <source>The row has {cells} cells, the header {header}</source>
        <translation>The row has {cells} cells, the header {header}</translation>
    </message>
    <message>
        <source>No rows to import</source>
        <translation>No rows to import</translation>
    </message>
    <message>
        <source>Repeats the {columns} of line {first}</source>
        <translation>Repeats the {columns} of line {first}</translation>
    </message>
    <message>
        <source>Cell {cell} is a formula without a calculated value: open the file in Excel and save it again</source>
        <translation>Cell {cell} is a formula without a calculated value: open the file in Excel and save it again</translation>
    </message>
    <message>
        <source>Could not import ({detail})</source>
        <translation>Could not import ({detail})</translation>
    </message>
    <message>
        <source>Not allowed: {action} needs the {role} role</source>
        <translation>Not allowed: {action} needs the {role} role</translation>
    </message>
    <message>
        <source>Unknown setting {key}</source>
        <translation>Unknown setting {key}</translation>
    </message>
    <message>
        <source>{field}: {value} must be from {low} to {high}</source>
        <translation>{field}: {value} must be from {low} to {high}</translation>
    </message>
    <message>
        <source>{field}: {value} must be a whole number {low} to {high}</source>
        <translation>{field}: {value} must be a whole number {low} to {high}</translation>
    </message>
    <message>
        <source>The price rule must be markup or margin</source>
        <translation>The price rule must be markup or margin</translation>
    </message>
    <message>
        <source>Documents language {value} is not one of {choices}</source>
        <translation>Documents language {value} is not one of {choices}</translation>
    </message>
    <message>
        <source>A backup copies a database file; an office server keeps its own</source>
        <translation>A backup copies a database file; an office server keeps its own</translation>
    </message>
    <message>
        <source>{path} is the database itself: choose a backup file</source>
        <translation>{path} is the database itself: choose a backup file</translation>
    </message>
    <message>
        <source>The database {path} cannot be used</source>
        <translation>The database {path} cannot be used</translation>
    </message>
    <message>
        <source>{path} is not a booking desk database</source>
        <translation>{path} is not a booking desk database</translation>
    </message>
    <message>
        <source>The database is damaged ({detail}): restore a backup</source>
        <translation>The database is damaged ({detail}): restore a backup</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of the desk (schema {found} &gt; {known})</source>
        <translation>{path} was made by a newer version of the desk (schema {found} &gt; {known})</translation>
    </message>
    <message>
        <source>The database {path} is read-only: nothing was saved</source>
        <translation>The database {path} is read-only: nothing was saved</translation>
    </message>
    <message>
        <source>The database is busy ({detail}): nothing was saved, try again</source>
        <translation>The database is busy ({detail}): nothing was saved, try again</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was saved</source>
        <translation>The disk holding {path} is full: nothing was saved</translation>
    </message>
    <message>
        <source>{path} is the database (or one of its files): choose another file</source>
        <translation>{path} is the database (or one of its files): choose another file</translation>
    </message>
    <message>
        <source>This {what} is no longer there (removed on another desk?)</source>
        <translation>This {what} is no longer there (removed on another desk?)</translation>
    </message>
    <message>
        <source>No party called {name}</source>
        <translation>No party called {name}</translation>
    </message>
    <message>
        <source>{value} is not an email address</source>
        <translation>{value} is not an email address</translation>
    </message>
    <message>
        <source>A party named {name} already exists</source>
        <translation>A party named {name} already exists</translation>
    </message>
    <message>
        <source>{customer} already has a pricing row for {mode}</source>
        <translation>{customer} already has a pricing row for {mode}</translation>
    </message>
    <message>
        <source>{customer} has no pricing row for {mode}</source>
        <translation>{customer} has no pricing row for {mode}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>sales</translation>
    </message>
    <message>
        <source>pricing</source>
        <translation>pricing</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>locations</translation>
    </message>
    <message>
        <source>rates</source>
        <translation>rates</translation>
    </message>
    <message>
        <source>surcharges</source>
        <translation>surcharges</translation>
    </message>
    <message>
        <source>FX rates</source>
        <translation>FX rates</translation>
    </message>
    <message>
        <source>pricing profiles</source>
        <translation>pricing profiles</translation>
    </message>
    <message>
        <source>sell tariffs</source>
        <translation>sell tariffs</translation>
    </message>
    <message>
        <source>schedules</source>
        <translation>schedules</translation>
    </message>
    <message>
        <source>office settings</source>
        <translation>office settings</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>the audit log</translation>
    </message>
    <message>
        <source>reading this</source>
        <translation>reading this</translation>
    </message>
    <message>
        <source>importing {what}</source>
        <translation>importing {what}</translation>
    </message>
    <message>
        <source>changing {what}</source>
        <translation>changing {what}</translation>
    </message>
    <message>
        <source>party</source>
        <translation>party</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>rate</translation>
    </message>
    <message>
        <source>tariff row</source>
        <translation>tariff row</translation>
    </message>
    <message>
        <source>schedule row</source>
        <translation>schedule row</translation>
    </message>
    <message>
        <source>every mode</source>
        <translation>every mode</translation>
    </message>
    <message>
        <source>{field} must not be negative</source>
        <translation>{field} must not be negative</translation>
    </message>
    <message>
        <source>{field} must be a whole number</source>
        <translation>{field} must be a whole number</translation>
    </message>
    <message>
        <source>Margin {margin} % is below the floor of {floor} % for {customer}: needs approval</source>
        <translation>Margin {margin} % is below the floor of {floor} % for {customer}: needs approval</translation>
    </message>
    <message>
        <source>{booking_no} is cancelled and cannot be changed</source>
        <translation>{booking_no} is cancelled and cannot be changed</translation>
    </message>
    <message>
        <source>A {current} booking cannot become {new}</source>
        <translation>A {current} booking cannot become {new}</translation>
    </message>
    <message>
        <source>{booking_no} has no price yet: enter a rate for every leg</source>
        <translation>{booking_no} has no price yet: enter a rate for every leg</translation>
    </message>
    <message>
        <source>Give a markup or a margin, not both</source>
        <translation>Give a markup or a margin, not both</translation>
    </message>
    <message>
        <source>A margin must be below 100 %</source>
        <translation>A margin must be below 100 %</translation>
    </message>
    <message>
        <source>Cannot reach the office server {target}: {reason}</source>
        <translation>Cannot reach the office server {target}: {reason}</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>this customer</translation>
    </message>
    <message>
        <source>(no rate for equipment {equipment})</source>
        <translation>(no rate for equipment {equipment})</translation>
    </message>
    <message>
        <source>Leg {leg} ({mode} {origin} → {destination})</source>
        <translation>Leg {leg} ({mode} {origin} → {destination})</translation>
    </message>
    <message>
        <source>Leg {leg}</source>
        <translation>Leg {leg}</translation>
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
        <translation>New pricing row for %1</translation>
    </message>
    <message>
        <source>Pricing row of %1</source>
        <translation>Pricing row of %1</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Rule</translation>
    </message>
    <message>
        <source>&amp;Percent</source>
        <translation>&amp;Percent</translation>
    </message>
    <message>
        <source>Min. mar&amp;gin %</source>
        <translation>Min. mar&amp;gin %</translation>
    </message>
    <message>
        <source>every mode</source>
        <translation>every mode</translation>
    </message>
    <message>
        <source>blank: the settings&apos; floor</source>
        <translation>blank: the settings&apos; floor</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>ProfilesBox</name>
    <message>
        <source>every mode</source>
        <translation>every mode</translation>
    </message>
    <message>
        <source>Pricing profile</source>
        <translation>Pricing profile</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Min. margin %</source>
        <translation>Min. margin %</translation>
    </message>
    <message>
        <source>Add &amp;row…</source>
        <translation>Add &amp;row…</translation>
    </message>
    <message>
        <source>Ed&amp;it row…</source>
        <translation>Ed&amp;it row…</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>Remo&amp;ve row</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Remove the selected row (Delete)</translation>
    </message>
    <message>
        <source>Save the party first to give it a pricing profile.</source>
        <translation>Save the party first to give it a pricing profile.</translation>
    </message>
    <message>
        <source>No profile: the settings&apos; default price and floor apply.</source>
        <translation>No profile: the settings&apos; default price and floor apply.</translation>
    </message>
    <message>
        <source>A mode&apos;s row wins over the every-mode row.</source>
        <translation>A mode&apos;s row wins over the every-mode row.</translation>
    </message>
    <message>
        <source>Each leg takes the row of its mode, else the every-mode row, else the settings&apos; default; a request&apos;s own markup or margin wins over all. The floor comes from the first leg&apos;s row, else the every-mode row.</source>
        <translation>Each leg takes the row of its mode, else the every-mode row, else the settings&apos; default; a request&apos;s own markup or margin wins over all. The floor comes from the first leg&apos;s row, else the every-mode row.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Not removed: %1</translation>
    </message>
    <message>
        <source>Row removed.</source>
        <translation>Row removed.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <extracomment>Qt&apos;s own file dialog (its labels and buttons) and the file list&apos;s column headers.</extracomment>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <extracomment>The GNOME theme&apos;s own texts for the buttons it names differently.</extracomment>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <extracomment>The message box&apos;s own buttons for its details text.</extracomment>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s generic theme: standard button → (context, source text), as Qt looks it up.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QuotationSender</name>
    <message>
        <source>Open a booking to send its quotation.</source>
        <translation>Open a booking to send its quotation.</translation>
    </message>
    <message>
        <source>Only a draft or quoted booking can be sent as a quotation.</source>
        <translation>Only a draft or quoted booking can be sent as a quotation.</translation>
    </message>
    <message>
        <source>No folder for temporary files.</source>
        <translation>No folder for temporary files.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Quotation %1 handed to the mail program; the booking is %2.</source>
        <translation>Quotation %1 handed to the mail program; the booking is %2.</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <source>Calculating…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>Total: not known while leg %1 cannot be priced</source>
        <translation>Total: not known while leg %1 cannot be priced</translation>
    </message>
    <message>
        <source>Total: not known while legs %1 cannot be priced</source>
        <translation>Total: not known while legs %1 cannot be priced</translation>
    </message>
    <message>
        <source>Total: not priced</source>
        <translation>Total: not priced</translation>
    </message>
    <message>
        <source>Ccy</source>
        <translation>Ccy</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <source>Cost amount</source>
        <translation>Cost amount</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>Cost %1</translation>
    </message>
    <message>
        <source>Sell qty</source>
        <translation>Sell qty</translation>
    </message>
    <message>
        <source>Sell unit</source>
        <translation>Sell unit</translation>
    </message>
    <message>
        <source>Sell ccy</source>
        <translation>Sell ccy</translation>
    </message>
    <message>
        <source>Sell amount</source>
        <translation>Sell amount</translation>
    </message>
    <message>
        <source>Price %1</source>
        <translation>Price %1</translation>
    </message>
    <message>
        <source>Margin %1</source>
        <translation>Margin %1</translation>
    </message>
    <message>
        <source>Saved total: %1</source>
        <translation>Saved total: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Cost: %1</translation>
    </message>
    <message>
        <source>Margin: %1 (%2 %)</source>
        <translation>Margin: %1 (%2 %)</translation>
    </message>
    <message>
        <source>below the floor of %1 %</source>
        <translation>below the floor of %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Transit: %n day(s)</source>
        <translation>
            <numerusform>Transit: %n day</numerusform>
            <numerusform>Transit: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>FX per USD on %1: %2</source>
        <translation>FX per USD on %1: %2</translation>
    </message>
    <message>
        <source>≈ %1 kg CO2e (estimate)</source>
        <translation>≈ %1 kg CO2e (estimate)</translation>
    </message>
    <message>
        <source>Margin %1 % is below the floor of %2 % (customer: %3): confirming needs an approver and a reason.</source>
        <translation>Margin %1 % is below the floor of %2 % (customer: %3): confirming needs an approver and a reason.</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>this customer</translation>
    </message>
    <message>
        <source>Leg %1</source>
        <translation>Leg %1</translation>
    </message>
    <message>
        <source>provisional: an earlier leg has a problem</source>
        <translation>provisional: an earlier leg has a problem</translation>
    </message>
    <message>
        <source>chargeable %1</source>
        <translation>chargeable %1</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>spot rate</source>
        <translation>spot rate</translation>
    </message>
    <message>
        <source>contract tariff</source>
        <translation>contract tariff</translation>
    </message>
    <message>
        <source>included</source>
        <translation>included</translation>
    </message>
    <message>
        <source>Hide the cost and margin while a customer looks at the screen (%1)</source>
        <translation>Hide the cost and margin while a customer looks at the screen (%1)</translation>
    </message>
    <message>
        <source>Cannot be priced: %1</source>
        <translation>Cannot be priced: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Show cost</source>
        <extracomment>The exact text (as the services gave it) of a money or quantity cell. The line fields shown, as the quote JSON names them (the margin column follows them). The columns hidden while a customer looks at the screen.</extracomment>
        <translation>Show cost</translation>
    </message>
    <message>
        <source>Hide cost</source>
        <translation>Hide cost</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
</context>
<context>
    <name>RateDetails</name>
    <message>
        <source>Breaks of the selected rate</source>
        <translation>Breaks of the selected rate</translation>
    </message>
    <message>
        <source>Surcharges that can apply to it</source>
        <translation>Surcharges that can apply to it</translation>
    </message>
    <message>
        <source>Exchange rates (units per USD)</source>
        <translation>Exchange rates (units per USD)</translation>
    </message>
    <message>
        <source>From (kg or W/M)</source>
        <translation>From (kg or W/M)</translation>
    </message>
    <message>
        <source>Rate per unit</source>
        <translation>Rate per unit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Units per USD</source>
        <translation>Units per USD</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Edit rate</source>
        <translation>Edit rate</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>New rate</translation>
    </message>
    <message>
        <source>mode&apos;s default</source>
        <translation>mode&apos;s default</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>&amp;Origin</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>&amp;Destination</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>&amp;Carrier</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>Ser&amp;vice</translation>
    </message>
    <message>
        <source>&amp;Equipment</source>
        <translation>&amp;Equipment</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>&amp;Basis</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>C&amp;urrency</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Rate</translation>
    </message>
    <message>
        <source>M&amp;inimum charge</source>
        <translation>M&amp;inimum charge</translation>
    </message>
    <message>
        <source>Brea&amp;ks (kg or W/M)</source>
        <translation>Brea&amp;ks (kg or W/M)</translation>
    </message>
    <message>
        <source>k&amp;g per cbm</source>
        <translation>k&amp;g per cbm</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Valid &amp;from</translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation>Valid &amp;to</translation>
    </message>
    <message>
        <source>Tra&amp;nsit days</source>
        <translation>Tra&amp;nsit days</translation>
    </message>
    <message>
        <source>UN/LOCODE, e.g. CNQZH</source>
        <translation>UN/LOCODE, e.g. CNQZH</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>no cap</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>Ma&amp;ximum charge (cap)</source>
        <translation>Ma&amp;ximum charge (cap)</translation>
    </message>
</context>
<context>
    <name>RateNotice</name>
    <message numerus="yes">
        <source>%n rate(s) end within %1 days</source>
        <translation>
            <numerusform>%n rate ends within %1 days</numerusform>
            <numerusform>%n rates end within %1 days</numerusform>
        </translation>
    </message>
    <message>
        <source>The first ends on %1. They are marked in the Rates view.</source>
        <translation>The first ends on %1. They are marked in the Rates view.</translation>
    </message>
</context>
<context>
    <name>RateTableModel</name>
    <message>
        <source>Mode</source>
        <extracomment>Background of a rate that ends within the settings&apos; warning days.</extracomment>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Breaks</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation>Transit days</translation>
    </message>
    <message>
        <source>Expired: valid until %1</source>
        <translation>Expired: valid until %1</translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n day(s)</source>
        <translation>
            <numerusform>Ends in %n day</numerusform>
            <numerusform>Ends in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesView</name>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>&amp;Origin</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>&amp;Destination</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>&amp;Carrier</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>any (Ctrl+F)</source>
        <translation>any (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Valid on</source>
        <translation>&amp;Valid on</translation>
    </message>
    <message>
        <source>Show e&amp;xpired</source>
        <translation>Show e&amp;xpired</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>&amp;Add rate…</source>
        <translation>&amp;Add rate…</translation>
    </message>
    <message>
        <source>Add a rate by hand (Insert)</source>
        <translation>Add a rate by hand (Insert)</translation>
    </message>
    <message>
        <source>Ed&amp;it rate…</source>
        <translation>Ed&amp;it rate…</translation>
    </message>
    <message>
        <source>Edit the selected rate (Enter)</source>
        <translation>Edit the selected rate (Enter)</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Import:</translation>
    </message>
    <message>
        <source>&amp;Rate sheet…</source>
        <translation>&amp;Rate sheet…</translation>
    </message>
    <message>
        <source>&amp;Surcharges…</source>
        <translation>&amp;Surcharges…</translation>
    </message>
    <message>
        <source>Exchan&amp;ge rates…</source>
        <translation>Exchan&amp;ge rates…</translation>
    </message>
    <message>
        <source>Locatio&amp;ns…</source>
        <translation>Locatio&amp;ns…</translation>
    </message>
    <message>
        <source>Sc&amp;hedules…</source>
        <translation>Sc&amp;hedules…</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Rates</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Schedules</translation>
    </message>
    <message>
        <source>Rates: %1 · schedules: %2</source>
        <translation>Rates: %1 · schedules: %2</translation>
    </message>
    <message>
        <source>Rate saved.</source>
        <translation>Rate saved.</translation>
    </message>
</context>
<context>
    <name>Requote</name>
    <message>
        <source>A new quote from %1 (%2), at today&apos;s rates: save or mark it quoted.</source>
        <translation>A new quote from %1 (%2), at today&apos;s rates: save or mark it quoted.</translation>
    </message>
    <message>
        <source>Re-quoting %1 at today&apos;s rates: Mark quoted saves revision %2.</source>
        <translation>Re-quoting %1 at today&apos;s rates: Mark quoted saves revision %2.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Win rate</translation>
    </message>
    <message>
        <source>Won total</source>
        <translation>Won total</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Won</source>
        <extracomment>Months shown when the view opens: this one and the five before it.</extracomment>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Margin won (%1)</source>
        <translation>Margin won (%1)</translation>
    </message>
    <message>
        <source>Quotes by month</source>
        <translation>Quotes by month</translation>
    </message>
    <message>
        <source>No quotes in this period.</source>
        <translation>No quotes in this period.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Last 6 months</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>By customer</source>
        <translation>By customer</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>sales</source>
        <translation>sales</translation>
    </message>
    <message>
        <source>pricing</source>
        <translation>pricing</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>Needs the %1 role</source>
        <translation>Needs the %1 role</translation>
    </message>
    <message>
        <source>You are signed in as %1 with the %2 role: changes here need the %3 role.</source>
        <translation>You are signed in as %1 with the %2 role: changes here need the %3 role.</translation>
    </message>
</context>
<context>
    <name>RouteChart</name>
    <message>
        <source>transit days →</source>
        <translation>transit days →</translation>
    </message>
    <message>
        <source>total ↑</source>
        <translation>total ↑</translation>
    </message>
</context>
<context>
    <name>RouteSuggestionsDialog</name>
    <message>
        <source>Suggest routes</source>
        <translation>Suggest routes</translation>
    </message>
    <message>
        <source>Searching routes…</source>
        <translation>Searching routes…</translation>
    </message>
    <message>
        <source>Use this route</source>
        <translation>Use this route</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) found.</source>
        <translation>
            <numerusform>%n route found.</numerusform>
            <numerusform>%n routes found.</numerusform>
        </translation>
    </message>
    <message>
        <source>No route can be priced for this cargo and date.</source>
        <translation>No route can be priced for this cargo and date.</translation>
    </message>
</context>
<context>
    <name>RouteTableModel</name>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation>Transit days</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <source>CO2e kg</source>
        <translation>CO2e kg</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Best</translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>cheapest</translation>
    </message>
    <message>
        <source>fastest</source>
        <translation>fastest</translation>
    </message>
    <message>
        <source>greenest</source>
        <translation>greenest</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>New schedule row</source>
        <translation>New schedule row</translation>
    </message>
    <message>
        <source>Schedule row</source>
        <translation>Schedule row</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>&amp;Origin</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>&amp;Destination</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>&amp;Carrier</translation>
    </message>
    <message>
        <source>S&amp;ervice</source>
        <translation>S&amp;ervice</translation>
    </message>
    <message>
        <source>De&amp;partures</source>
        <translation>De&amp;partures</translation>
    </message>
    <message>
        <source>C&amp;ut-off (days before)</source>
        <translation>C&amp;ut-off (days before)</translation>
    </message>
    <message>
        <source>&amp;Transit days</source>
        <translation>&amp;Transit days</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Valid &amp;from</translation>
    </message>
    <message>
        <source>Valid t&amp;o</source>
        <translation>Valid t&amp;o</translation>
    </message>
    <message>
        <source>UN/LOCODE, e.g. CNQZH</source>
        <translation>UN/LOCODE, e.g. CNQZH</translation>
    </message>
    <message>
        <source>any service of the carrier</source>
        <translation>any service of the carrier</translation>
    </message>
    <message>
        <source>daily, MON THU, or 2026-12-03 2026-12-10</source>
        <translation>daily, MON THU, or 2026-12-03 2026-12-10</translation>
    </message>
    <message>
        <source>the rate&apos;s</source>
        <translation>the rate&apos;s</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Expired: valid until %1</source>
        <translation>Expired: valid until %1</translation>
    </message>
</context>
<context>
    <name>SchedulesBox</name>
    <message>
        <source>rate&apos;s</source>
        <translation>rate&apos;s</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Departures</translation>
    </message>
    <message>
        <source>Cut-off days</source>
        <translation>Cut-off days</translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation>Transit days</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Ne&amp;w schedule…</source>
        <translation>Ne&amp;w schedule…</translation>
    </message>
    <message>
        <source>Edi&amp;t schedule…</source>
        <translation>Edi&amp;t schedule…</translation>
    </message>
    <message>
        <source>Edit the selected row (Enter)</source>
        <translation>Edit the selected row (Enter)</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>Remove schedule</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Remove the selected row (Delete)</translation>
    </message>
    <message>
        <source>Schedule saved.</source>
        <translation>Schedule saved.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Not removed: %1</translation>
    </message>
    <message>
        <source>Schedule removed.</source>
        <translation>Schedule removed.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Company name</source>
        <extracomment>Settings that are percentages a clerk types, read in the display language&apos;s notation.</extracomment>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Company address</source>
        <translation>Company address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Logo image</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>Documents in</translation>
    </message>
    <message>
        <source>Default quote currency</source>
        <translation>Default quote currency</translation>
    </message>
    <message>
        <source>Default markup %</source>
        <translation>Default markup %</translation>
    </message>
    <message>
        <source>Markup or margin</source>
        <translation>Markup or margin</translation>
    </message>
    <message>
        <source>Clerk name</source>
        <translation>Clerk name</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Quotation valid for (days)</source>
        <translation>Quotation valid for (days)</translation>
    </message>
    <message>
        <source>Warn of rates ending within (days)</source>
        <translation>Warn of rates ending within (days)</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>The customer&apos;s language</source>
        <translation>The customer&apos;s language</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>cannot read this image</source>
        <translation>cannot read this image</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>This database is on a network share. SQLite files there can be damaged when several computers use them at once: keep it on this computer&apos;s own disk.</source>
        <translation>This database is on a network share. SQLite files there can be damaged when several computers use them at once: keep it on this computer&apos;s own disk.</translation>
    </message>
    <message>
        <source>Margin floor %</source>
        <translation>Margin floor %</translation>
    </message>
</context>
<context>
    <name>SheetImports</name>
    <message>
        <source>Import</source>
        <extracomment>Each sheet a view imports → what it changes (the role needed: services.access.NEEDS).</extracomment>
        <translation>Import</translation>
    </message>
    <message>
        <source>Sheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Sheets (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2.</source>
        <translation>Imported %1 rows from %2.</translation>
    </message>
    <message>
        <source>Import refused: nothing was imported.</source>
        <translation>Import refused: nothing was imported.</translation>
    </message>
</context>
<context>
    <name>ShipDate</name>
    <message numerus="yes">
        <source>The ship date %1 is %n day(s) before today.</source>
        <translation>
            <numerusform>The ship date %1 is %n day before today.</numerusform>
            <numerusform>The ship date %1 is %n days before today.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Confirm the booking with this ship date anyway?</source>
        <translation>%1
Confirm the booking with this ship date anyway?</translation>
    </message>
    <message>
        <source>Ship date in the past</source>
        <translation>Ship date in the past</translation>
    </message>
</context>
<context>
    <name>SpotDialog</name>
    <message>
        <source>Spot rate for the leg</source>
        <translation>Spot rate for the leg</translation>
    </message>
    <message>
        <source>C&amp;arrier:</source>
        <translation>C&amp;arrier:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>&amp;Equipment:</source>
        <translation>&amp;Equipment:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>C&amp;urrency:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source>&amp;Transit days:</source>
        <translation>&amp;Transit days:</translation>
    </message>
    <message>
        <source>&amp;Minimum charge:</source>
        <translation>&amp;Minimum charge:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum charge:</source>
        <translation>Ma&amp;ximum charge:</translation>
    </message>
    <message>
        <source>Brea&amp;ks:</source>
        <translation>Brea&amp;ks:</translation>
    </message>
    <message>
        <source>Breaks: from-quantity:rate pairs, separated by spaces.</source>
        <translation>Breaks: from-quantity:rate pairs, separated by spaces.</translation>
    </message>
</context>
<context>
    <name>TariffBox</name>
    <message>
        <source>included</source>
        <translation>included</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>extra</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Lane</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max.</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Breaks</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Surcharges</source>
        <translation>Surcharges</translation>
    </message>
    <message>
        <source>Add tari&amp;ff row…</source>
        <translation>Add tari&amp;ff row…</translation>
    </message>
    <message>
        <source>E&amp;dit tariff row…</source>
        <translation>E&amp;dit tariff row…</translation>
    </message>
    <message>
        <source>Edit the selected row (Enter)</source>
        <translation>Edit the selected row (Enter)</translation>
    </message>
    <message>
        <source>Re&amp;move tariff row</source>
        <translation>Re&amp;move tariff row</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Remove the selected row (Delete)</translation>
    </message>
    <message>
        <source>Contract tariff of %1</source>
        <translation>Contract tariff of %1</translation>
    </message>
    <message>
        <source>Contract tariff</source>
        <translation>Contract tariff</translation>
    </message>
    <message>
        <source>Save the party first to give it a contract tariff.</source>
        <translation>Save the party first to give it a contract tariff.</translation>
    </message>
    <message>
        <source>No contract tariff: the pricing profile prices this customer&apos;s quotes.</source>
        <translation>No contract tariff: the pricing profile prices this customer&apos;s quotes.</translation>
    </message>
    <message>
        <source>A leg on a lane with a row valid on its ETD sells at the tariff; expired rows are grey.</source>
        <translation>A leg on a lane with a row valid on its ETD sells at the tariff; expired rows are grey.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Not removed: %1</translation>
    </message>
    <message>
        <source>Tariff row removed.</source>
        <translation>Tariff row removed.</translation>
    </message>
</context>
<context>
    <name>TariffDialog</name>
    <message>
        <source>New tariff row for %1</source>
        <translation>New tariff row for %1</translation>
    </message>
    <message>
        <source>Tariff row of %1</source>
        <translation>Tariff row of %1</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>&amp;Origin</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>&amp;Destination</translation>
    </message>
    <message>
        <source>&amp;Equipment</source>
        <translation>&amp;Equipment</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>&amp;Basis</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>C&amp;urrency</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Rate</translation>
    </message>
    <message>
        <source>M&amp;inimum charge</source>
        <translation>M&amp;inimum charge</translation>
    </message>
    <message>
        <source>Ma&amp;ximum charge (cap)</source>
        <translation>Ma&amp;ximum charge (cap)</translation>
    </message>
    <message>
        <source>Brea&amp;ks (kg or W/M)</source>
        <translation>Brea&amp;ks (kg or W/M)</translation>
    </message>
    <message>
        <source>k&amp;g per cbm</source>
        <translation>k&amp;g per cbm</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Valid &amp;from</translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation>Valid &amp;to</translation>
    </message>
    <message>
        <source>Surc&amp;harges</source>
        <translation>Surc&amp;harges</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>no cap</translation>
    </message>
    <message>
        <source>mode&apos;s default</source>
        <translation>mode&apos;s default</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>UN/LOCODE, e.g. CNQZH</source>
        <translation>UN/LOCODE, e.g. CNQZH</translation>
    </message>
    <message>
        <source>extra: sold by the price rule</source>
        <translation>extra: sold by the price rule</translation>
    </message>
    <message>
        <source>included: the tariff is all-in</source>
        <translation>included: the tariff is all-in</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>TariffModel</name>
    <message>
        <source>Expired: valid until %1</source>
        <translation>Expired: valid until %1</translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
