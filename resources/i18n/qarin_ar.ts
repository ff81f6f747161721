<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>Open &amp;corpus…</source>
        <translation>افتح م&amp;دوّنة…</translation>
    </message>
    <message>
        <source>&amp;Build corpus from an archive…</source>
        <translation>ا&amp;بنِ مدوّنة من أرشيف…</translation>
    </message>
    <message>
        <source>Add from &amp;URL…</source>
        <translation>إضافة من &amp;رابط…</translation>
    </message>
    <message>
        <source>Article &amp;details…</source>
        <translation>&amp;بيانات المقال…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;تصدير التقرير…</translation>
    </message>
    <message>
        <source>Export a&amp;nnotations (CSV/JSON)…</source>
        <translation>تصدير الترم&amp;يزات (CSV/JSON)…</translation>
    </message>
    <message>
        <source>Export REFI-QDA (.q&amp;dpx)…</source>
        <translation>تصدير REFI-QDA (.q&amp;dpx)…</translation>
    </message>
    <message>
        <source>&amp;Import REFI-QDA (.qdpx)…</source>
        <translation>&amp;استيراد REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>The analysis is still running; export when it has finished.</source>
        <translation>التحليل ما زال جاريًا؛ صدِّر بعد انتهائه.</translation>
    </message>
    <message>
        <source>{what}: the folder {folder} does not exist.</source>
        <translation>{what}: المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>لم يُكتب التقرير</translation>
    </message>
    <message numerus="yes">
        <source>Report written: {files} (%n PDF page(s))</source>
        <translation>
            <numerusform>كُتب التقرير: {files} (بلا صفحات PDF)</numerusform>
            <numerusform>كُتب التقرير: {files} (صفحة PDF واحدة)</numerusform>
            <numerusform>كُتب التقرير: {files} (صفحتا PDF)</numerusform>
            <numerusform>كُتب التقرير: {files} (%n صفحات PDF)</numerusform>
            <numerusform>كُتب التقرير: {files} (%n صفحة PDF)</numerusform>
            <numerusform>كُتب التقرير: {files} (%n صفحة PDF)</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written: {files}</source>
        <translation>كُتب التقرير: {files}</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>جارٍ كتابة التقرير</translation>
    </message>
    <message>
        <source>Annotations not exported: choose a .csv or a .json file name.</source>
        <translation>لم تُصدَّر الترميزات: اختر اسم ملف ينتهي بـ ‎.csv أو ‎.json.</translation>
    </message>
    <message>
        <source>Annotations not exported</source>
        <translation>لم تُصدَّر الترميزات</translation>
    </message>
    <message>
        <source>Exporting the annotations as {kind}</source>
        <translation>جارٍ تصدير الترميزات بصيغة {kind}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {path}</source>
        <translation>
            <numerusform>لم يُصدَّر أي ترميز إلى {path}</numerusform>
            <numerusform>صُدِّر ترميز واحد إلى {path}</numerusform>
            <numerusform>صُدِّر ترميزان إلى {path}</numerusform>
            <numerusform>صُدِّرت %n ترميزات إلى {path}</numerusform>
            <numerusform>صُدِّر %n ترميزًا إلى {path}</numerusform>
            <numerusform>صُدِّر %n ترميز إلى {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>لم يُصدَّر</translation>
    </message>
    <message>
        <source>Exported {path}: {sources} sources, {codes} codes, {selections} coded selections, {notes} notes</source>
        <translation>صُدِّر {path}: المصادر {sources}، الرموز {codes}، المقاطع المرمَّزة {selections}، الملاحظات {notes}</translation>
    </message>
    <message numerus="yes">
        <source>, %n unplaced annotation(s) as notes</source>
        <translation>
            <numerusform>، ولا ترميزات بلا موضع</numerusform>
            <numerusform>، وترميز واحد بلا موضع صار ملاحظة</numerusform>
            <numerusform>، وترميزان بلا موضع صارا ملاحظتين</numerusform>
            <numerusform>، و%n ترميزات بلا موضع صارت ملاحظات</numerusform>
            <numerusform>، و%n ترميزًا بلا موضع صارت ملاحظات</numerusform>
            <numerusform>، و%n ترميز بلا موضع صارت ملاحظات</numerusform>
        </translation>
    </message>
    <message>
        <source>; not carried: {item}</source>
        <translation>؛ لم يُنقل: {item}</translation>
    </message>
    <message>
        <source>Exporting REFI-QDA</source>
        <translation>جارٍ تصدير REFI-QDA</translation>
    </message>
    <message>
        <source>Not imported: there is no file {path}.</source>
        <translation>لم يُستورد: لا يوجد ملف {path}.</translation>
    </message>
    <message>
        <source>Not imported: {path} exists; choose a new project file.</source>
        <translation>لم يُستورد: {path} موجود؛ اختر ملف مشروع جديدًا.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>لم يُستورد</translation>
    </message>
    <message>
        <source>Imported {file} into {project}: {sources} sources, {codes} codes, {selections} coded selections, {notes} notes</source>
        <translation>استُورد {file} إلى {project}: المصادر {sources}، الرموز {codes}، المقاطع المرمَّزة {selections}، الملاحظات {notes}</translation>
    </message>
    <message numerus="yes">
        <source> (%n kept as orphan(s) to place by hand)</source>
        <translation>
            <numerusform> (لا ترميزات بلا موضع)</numerusform>
            <numerusform> (ترميز واحد بقي بلا موضع ليوضع يدويًا)</numerusform>
            <numerusform> (ترميزان بقيا بلا موضع ليوضعا يدويًا)</numerusform>
            <numerusform> (%n ترميزات بقيت بلا موضع لتوضع يدويًا)</numerusform>
            <numerusform> (%n ترميزًا بقيت بلا موضع لتوضع يدويًا)</numerusform>
            <numerusform> (%n ترميز بقيت بلا موضع لتوضع يدويًا)</numerusform>
        </translation>
    </message>
    <message>
        <source> · {skipped} not brought over, {check} to check: </source>
        <translation> · لم يُنقل {skipped}، وللمراجعة {check}: </translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>جارٍ استيراد {file}</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>تقرير HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Also write an A4 PDF of the report beside the HTML file?</source>
        <translation>أأكتب أيضًا نسخة PDF بمقاس A4 من التقرير بجانب ملف HTML؟</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>تصدير الترميزات</translation>
    </message>
    <message>
        <source>CSV, one row per annotation (*.csv);;JSON, analysis and annotations (*.json)</source>
        <translation>CSV، صف لكل ترميز (*.csv);;JSON، التحليل والترميزات (*.json)</translation>
    </message>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>تصدير مشروع REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>مشروع REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Import REFI-QDA project</source>
        <translation>استيراد مشروع REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx);;All files (*)</source>
        <translation>مشروع REFI-QDA (*.qdpx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>New project for the import</source>
        <translation>مشروع جديد للاستيراد</translation>
    </message>
    <message>
        <source>Qarin projects (*{suffix})</source>
        <translation>مشاريع قارن (*{suffix})</translation>
    </message>
    <message>
        <source>&amp;Open files…</source>
        <translation>&amp;فتح ملفات…</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>فتح م&amp;جلد…</translation>
    </message>
    <message>
        <source>&amp;Paste article…</source>
        <translation>&amp;لصق مقال…</translation>
    </message>
    <message>
        <source>C&amp;redits and relay…</source>
        <translation>&amp;المصادر المنسوبة والنقل…</translation>
    </message>
    <message>
        <source>Ou&amp;tlets of this project…</source>
        <translation>&amp;وسائل هذا المشروع…</translation>
    </message>
    <message>
        <source>S&amp;kipped files…</source>
        <translation>الملفات المتجاوَ&amp;زة…</translation>
    </message>
    <message>
        <source>Open pro&amp;ject…</source>
        <translation>فتح م&amp;شروع…</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;حفظ المشروع</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>حفظ المشروع &amp;باسم…</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>المشاريع الأ&amp;خيرة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>The interface is already in this language.</source>
        <translation>الواجهة بهذه اللغة أصلًا.</translation>
    </message>
    <message>
        <source>The interface language changes when Qarin starts again.</source>
        <translation>تتغير لغة الواجهة عند تشغيل قارن من جديد.</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير النص</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير النص</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>حجم النص ال&amp;عادي</translation>
    </message>
    <message>
        <source>Text size: {size} pt</source>
        <translation>حجم النص: {size} نقطة</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>نسخ معدَّل</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>صياغة مشتركة</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ولا غيرها</numerusform>
            <numerusform>… وواحد آخر</numerusform>
            <numerusform>… واثنان آخران</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared text&lt;/b&gt; — comes from {outlet}:</source>
        <translation>&lt;b&gt;نص مشترك&lt;/b&gt; — مصدره {outlet}:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared text&lt;/b&gt; — was taken by {outlet}:</source>
        <translation>&lt;b&gt;نص مشترك&lt;/b&gt; — نقله {outlet}:</translation>
    </message>
    <message>
        <source>quoted speech</source>
        <translation>كلام منقول</translation>
    </message>
    <message>
        <source>outlet&apos;s own voice</source>
        <translation>بصوت المنفذ نفسه</translation>
    </message>
    <message>
        <source>in scare quotes</source>
        <translation>بين علامات تشكيك</translation>
    </message>
    <message>
        <source>frame: {frame}</source>
        <translation>الإطار: {frame}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Framing term&lt;/b&gt;: {term} → {category}</source>
        <translation>&lt;b&gt;مصطلح تأطير&lt;/b&gt;: {term} ← {category}</translation>
    </message>
    <message>
        <source>stance: {stance}</source>
        <translation>الموقف: {stance}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attribution dropped&lt;/b&gt; by {outlet} when it copied this passage:</source>
        <translation>&lt;b&gt;إسناد حذفه&lt;/b&gt; {outlet} حين نقل هذا المقطع:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Boilerplate&lt;/b&gt;: {kind}</source>
        <translation>&lt;b&gt;نص متكرر من الموقع&lt;/b&gt;: {kind}</translation>
    </message>
    <message>
        <source>Scare quotes</source>
        <translation>علامات تشكيك</translation>
    </message>
    <message>
        <source>Quoted speech</source>
        <translation>كلام منقول</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aligned&lt;/b&gt; with {outlet} ({kind}, score {score}):</source>
        <translation>&lt;b&gt;يقابله&lt;/b&gt; في {outlet} ({kind}، الدرجة {score}):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Same wording&lt;/b&gt; in both articles</source>
        <translation>&lt;b&gt;الصياغة نفسها&lt;/b&gt; في المقالين</translation>
    </message>
    <message>
        <source>category: {category}</source>
        <translation>الفئة: {category}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed&lt;/b&gt; by {outlet}:</source>
        <translation>&lt;b&gt;غيَّره&lt;/b&gt; {outlet}:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attribution dropped&lt;/b&gt; by {outlet}:</source>
        <translation>&lt;b&gt;إسناد حذفه&lt;/b&gt; {outlet}:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dropped&lt;/b&gt; by {outlet}:</source>
        <translation>&lt;b&gt;حذفه&lt;/b&gt; {outlet}:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Added&lt;/b&gt; by {outlet}:</source>
        <translation>&lt;b&gt;أضافه&lt;/b&gt; {outlet}:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Moved&lt;/b&gt; by {outlet} to another place in its text:</source>
        <translation>&lt;b&gt;نقلته&lt;/b&gt; {outlet} إلى موضع آخر في نصّها:</translation>
    </message>
    <message>
        <source>Shared text</source>
        <translation>نص مشترك</translation>
    </message>
    <message>
        <source>Background in the colour of the outlet the text comes from</source>
        <translation>خلفية بلون المنفذ الذي جاء منه النص</translation>
    </message>
    <message>
        <source>Framing terms</source>
        <translation>مصطلحات التأطير</translation>
    </message>
    <message>
        <source>Underline in the colour of the lexicon category</source>
        <translation>خط سفلي بلون فئة المعجم</translation>
    </message>
    <message>
        <source>Dark green text</source>
        <translation>نص أخضر داكن</translation>
    </message>
    <message>
        <source>Attribution dropped</source>
        <translation>إسناد محذوف</translation>
    </message>
    <message>
        <source>Red struck-through text a copy left out</source>
        <translation>نص أحمر مشطوب أسقطه الناقل</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>الترميزات</translation>
    </message>
    <message>
        <source>Translucent background in the code&apos;s colour</source>
        <translation>خلفية شفافة بلون الرمز</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>نصوص الموقع المتكررة</translation>
    </message>
    <message>
        <source>Grey text (subscribe prompts, &apos;most read&apos;, tweets)</source>
        <translation>نص رمادي (دعوات الاشتراك، «الأكثر قراءة»، التغريدات)</translation>
    </message>
    <message>
        <source>Code “{code}”</source>
        <translation>ترميز «{code}»</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>تعديل الترميز</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>حذف الترميز</translation>
    </message>
    <message>
        <source>New code “{name}”</source>
        <translation>رمز جديد «{name}»</translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation>إعادة تسمية الرمز</translation>
    </message>
    <message>
        <source>Recolour code</source>
        <translation>تغيير لون الرمز</translation>
    </message>
    <message>
        <source>Merge “{source}” into “{target}”</source>
        <translation>دمج «{source}» في «{target}»</translation>
    </message>
    <message>
        <source>Delete code “{code}”</source>
        <translation>حذف الرمز «{code}»</translation>
    </message>
    <message numerus="yes">
        <source>%n sub-code(s)</source>
        <translation>
            <numerusform>لا رموز فرعية</numerusform>
            <numerusform>رمز فرعي واحد</numerusform>
            <numerusform>رمزان فرعيان</numerusform>
            <numerusform>%n رموز فرعية</numerusform>
            <numerusform>%n رمزًا فرعيًا</numerusform>
            <numerusform>%n رمز فرعي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>لا ترميزات</numerusform>
            <numerusform>ترميز واحد</numerusform>
            <numerusform>ترميزان</numerusform>
            <numerusform>%n ترميزات</numerusform>
            <numerusform>%n ترميزًا</numerusform>
            <numerusform>%n ترميز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n memo(s)</source>
        <translation>
            <numerusform>بلا ملاحظات</numerusform>
            <numerusform>مع ملاحظة واحدة</numerusform>
            <numerusform>مع ملاحظتين</numerusform>
            <numerusform>مع %n ملاحظات</numerusform>
            <numerusform>مع %n ملاحظة</numerusform>
            <numerusform>مع %n ملاحظة</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>distanced (not endorsed)</source>
        <translation>متبرَّأ منه (لا يتبناه المنفذ)</translation>
    </message>
    <message>
        <source>Edit details of {0}</source>
        <translation>تعديل بيانات {0}</translation>
    </message>
    <message>
        <source>Saved the details of {0}; analysing…</source>
        <translation>حُفظت بيانات {0}؛ جارٍ التحليل…</translation>
    </message>
    <message>
        <source>New outlet</source>
        <translation>وسيلة جديدة</translation>
    </message>
    <message>
        <source>No registry knows the outlet {0}. Add it to this project&apos;s outlets?</source>
        <translation>لا يعرف أي سجل الوسيلة {0}. أتضيفها إلى وسائل هذا المشروع؟</translation>
    </message>
    <message>
        <source>Every article from {0}, and every credit naming it, is then credited to it.</source>
        <translation>عندئذ يُنسب إليها كل مقال من {0} وكل إسناد يذكرها.</translation>
    </message>
    <message>
        <source>Every credit naming it is then credited to it; add its web domain too.</source>
        <translation>عندئذ يُنسب إليها كل إسناد يذكرها؛ أضف نطاقها على الويب أيضًا.</translation>
    </message>
    <message>
        <source>No article to edit.</source>
        <translation>لا مقال لتعديله.</translation>
    </message>
    <message>
        <source>Select the words that credit an outlet in one article first.</source>
        <translation>حدّد أولًا في مقال واحد الكلمات التي تُسند إلى وسيلة.</translation>
    </message>
    <message>
        <source>Not shown: {0}</source>
        <translation>لم يُعرض: {0}</translation>
    </message>
    <message>
        <source>Remove credit to {0}</source>
        <translation>حذف الإسناد إلى {0}</translation>
    </message>
    <message>
        <source>Restore credit to {0}</source>
        <translation>إعادة الإسناد إلى {0}</translation>
    </message>
    <message>
        <source>Credit {0}</source>
        <translation>إسناد إلى {0}</translation>
    </message>
    <message>
        <source>Relay of {0}</source>
        <translation>نقل عن {0}</translation>
    </message>
    <message>
        <source>No relay</source>
        <translation>لا نقل</translation>
    </message>
    <message>
        <source>Found relay</source>
        <translation>النقل كما وُجد</translation>
    </message>
    <message>
        <source>Outlet {0}</source>
        <translation>الوسيلة {0}</translation>
    </message>
    <message>
        <source>Added {0} to your outlets ({1}).</source>
        <translation>أُضيفت {0} إلى وسائلك ({1}).</translation>
    </message>
    <message>
        <source>Not added to your outlets: {0}</source>
        <translation>لم تُضف إلى وسائلك: {0}</translation>
    </message>
    <message>
        <source>Saved the outlet {0}; analysing…</source>
        <translation>حُفظت الوسيلة {0}؛ جارٍ التحليل…</translation>
    </message>
    <message>
        <source>Remove outlet {0}</source>
        <translation>حذف الوسيلة {0}</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>أضفتَه أنت</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>سطر المكان</translation>
    </message>
    <message>
        <source>signature line</source>
        <translation>سطر التوقيع</translation>
    </message>
    <message>
        <source>picture credit</source>
        <translation>نسبة صورة</translation>
    </message>
    <message>
        <source>removed by you</source>
        <translation>حذفتَه أنت</translation>
    </message>
    <message>
        <source>news agency</source>
        <translation>وكالة أنباء</translation>
    </message>
    <message>
        <source>TV channel</source>
        <translation>قناة تلفزيونية</translation>
    </message>
    <message>
        <source>radio</source>
        <translation>إذاعة</translation>
    </message>
    <message>
        <source>newspaper</source>
        <translation>صحيفة</translation>
    </message>
    <message>
        <source>news site</source>
        <translation>موقع إخباري</translation>
    </message>
    <message>
        <source>news aggregator</source>
        <translation>مجمّع أخبار</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>(set by you)</source>
        <translation>(حدّدتَه أنت)</translation>
    </message>
    <message>
        <source>Relays {0}</source>
        <translation>ينقل عن {0}</translation>
    </message>
    <message>
        <source>(added by you)</source>
        <translation>(أضفتَه أنت)</translation>
    </message>
    <message>
        <source>Credits: {0}</source>
        <translation>يُسند إلى: {0}</translation>
    </message>
</context>
<context>
    <name>AnnotationActions</name>
    <message>
        <source>&amp;Code selection…</source>
        <translation>&amp;ترميز التحديد…</translation>
    </message>
    <message>
        <source>Code with &amp;last code</source>
        <translation>الترميز بآ&amp;خر رمز</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Saved after waiting: {what}.</source>
        <translation>حُفظ بعد الانتظار: {what}.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>لم يُحفظ: {error}</translation>
    </message>
    <message>
        <source>Waiting for the project… (another program is writing); your edit is kept and will be saved.</source>
        <translation>في انتظار المشروع… (برنامج آخر يكتب فيه)؛ تعديلك محفوظ وسيُكتب.</translation>
    </message>
    <message>
        <source>Select some text of one article first.</source>
        <translation>حدِّد نصًا من مقال واحد أولًا.</translation>
    </message>
    <message>
        <source>No code used yet: use Code selection (Ctrl+K) first.</source>
        <translation>لم يُستخدم أي رمز بعد: استخدم «ترميز التحديد» (Ctrl+K) أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>Coded %n character(s) as “{name}”.</source>
        <translation>
            <numerusform>لم يُرمَّز أي حرف بـ«{name}».</numerusform>
            <numerusform>رُمِّز حرف واحد بـ«{name}».</numerusform>
            <numerusform>رُمِّز حرفان بـ«{name}».</numerusform>
            <numerusform>رُمِّزت %n أحرف بـ«{name}».</numerusform>
            <numerusform>رُمِّز %n حرفًا بـ«{name}».</numerusform>
            <numerusform>رُمِّز %n حرف بـ«{name}».</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>تعديل الترميز</translation>
    </message>
    <message>
        <source>Adjust span</source>
        <translation>ضبط حدود المقطع</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>حذف الرمز</translation>
    </message>
    <message>
        <source>Delete the code “{name}” with {what}?</source>
        <translation>أتحذف الرمز «{name}» مع {what}؟</translation>
    </message>
    <message>
        <source>Edit → Undo brings everything back.</source>
        <translation>«تحرير ← تراجع» يعيد كل شيء.</translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>Deleted the code “{name}” with {what}.</source>
        <translation>حُذف الرمز «{name}» مع {what}.</translation>
    </message>
    <message>
        <source>Deleted the code “{name}”.</source>
        <translation>حُذف الرمز «{name}».</translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>بلا موضع</translation>
    </message>
    <message>
        <source>placed</source>
        <translation>في موضعه</translation>
    </message>
    <message>
        <source>position</source>
        <translation>بالموضع</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>بالنص المطابق</translation>
    </message>
    <message>
        <source>fuzzy</source>
        <translation>بالتقريب</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>(all)</source>
        <translation>(الكل)</translation>
    </message>
    <message>
        <source>Filter by code</source>
        <translation>تصفية حسب الرمز</translation>
    </message>
    <message>
        <source>Filter by outlet</source>
        <translation>تصفية حسب المنفذ</translation>
    </message>
    <message>
        <source>Filter by author</source>
        <translation>تصفية حسب الكاتب</translation>
    </message>
    <message>
        <source>Search text and memos (ignores diacritics, hamza)…</source>
        <translation>ابحث في النصوص والملاحظات (دون اعتبار للتشكيل والهمزات)…</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>الترميزات</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>Edit code/memo…</source>
        <translation>تعديل الرمز/الملاحظة…</translation>
    </message>
    <message>
        <source>Adjust span…</source>
        <translation>ضبط حدود المقطع…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>Article details</source>
        <translation>بيانات المقال</translation>
    </message>
    <message>
        <source>C&amp;redits and relay…</source>
        <translation>&amp;المصادر المنسوبة والنقل…</translation>
    </message>
    <message>
        <source>A&amp;rticle:</source>
        <translation>&amp;المقال:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;الوسيلة:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;التاريخ:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;الرابط:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>&amp;الكاتب:</translation>
    </message>
    <message>
        <source> (by you)</source>
        <translation> (منك)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Outlet from: {0}. Date from: {1}. Credits: {2}. Relays: {3}. Source: {4}.</source>
        <translation>الوسيلة من: {0}. التاريخ من: {1}. يُسند إلى: {2}. ينقل عن: {3}. المصدر: {4}.</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>البيانات الوصفية</translation>
    </message>
    <message>
        <source>the web address</source>
        <translation>رابط الصفحة</translation>
    </message>
    <message>
        <source>the site&apos;s name</source>
        <translation>اسم الموقع</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>the file name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>you</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>the page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>a dateline</source>
        <translation>سطر المكان والتاريخ</translation>
    </message>
    <message>
        <source>a time stamp in the text</source>
        <translation>توقيت في النص</translation>
    </message>
    <message>
        <source>An article needs an outlet name.</source>
        <translation>يحتاج المقال إلى اسم وسيلة.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2024-02-29.</source>
        <translation>اكتب التاريخ بالصيغة YYYY-MM-DD، مثل 2024-02-29.</translation>
    </message>
</context>
<context>
    <name>BusyWritesMixin</name>
    <message>
        <source>1 edit waiting for the project…</source>
        <translation>تعديل واحد ينتظر المشروع…</translation>
    </message>
    <message>
        <source>{n} edits waiting for the project…</source>
        <translation>تعديلات تنتظر المشروع: {n}…</translation>
    </message>
    <message>
        <source>Not saved yet: waiting for the project (another program is writing to it)</source>
        <translation>لم يُحفظ بعد: في انتظار المشروع (برنامج آخر يكتب فيه)</translation>
    </message>
    <message>
        <source>Project busy</source>
        <translation>المشروع مشغول</translation>
    </message>
    <message>
        <source>Another program has been writing to {name} for {s:.0f} seconds. {n} of your edits are waiting, unsaved.</source>
        <translation>برنامج آخر يكتب في {name} منذ {s:.0f} ثانية. تعديلاتك المنتظرة غير المحفوظة: {n}.</translation>
    </message>
    <message>
        <source>Keep waiting, or save the project under another name and write your edits there.</source>
        <translation>واصل الانتظار، أو احفظ المشروع باسم آخر واكتب تعديلاتك فيه.</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>&amp;مواصلة الانتظار</translation>
    </message>
    <message>
        <source>&amp;Save elsewhere…</source>
        <translation>ال&amp;حفظ في مكان آخر…</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Edit category</source>
        <translation>تعديل الفئة</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>إضافة فئة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>المع&amp;رِّف:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>الت&amp;سمية:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>الو&amp;صف:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>الل&amp;ون:</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>لون الفئة</translation>
    </message>
    <message>
        <source>Id: lowercase letters, digits and _ only.</source>
        <translation>المعرِّف: حروف لاتينية صغيرة وأرقام و_ فقط.</translation>
    </message>
    <message>
        <source>Colour must look like #RRGGBB.</source>
        <translation>يجب أن يكون اللون بالشكل ‎#RRGGBB.</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Code selection</source>
        <translation>ترميز التحديد</translation>
    </message>
    <message>
        <source>Code (choose or type a new name)</source>
        <translation>الرمز (اختره أو اكتب اسمًا جديدًا)</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>النص:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>ال&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>Your name on your annotations; asked once and remembered</source>
        <translation>اسمك على ترميزاتك؛ يُسأل مرة واحدة ويُحفظ</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
    <message>
        <source>Type your name: it is kept with your annotations.</source>
        <translation>اكتب اسمك: يُحفظ مع ترميزاتك.</translation>
    </message>
    <message>
        <source>Choose a code or type a name for a new one.</source>
        <translation>اختر رمزًا أو اكتب اسمًا لرمز جديد.</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>مرات الاستخدام</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <source>Codebook</source>
        <translation>دليل الترميز</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <source>New sub-code…</source>
        <translation>رمز فرعي جديد…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>اللون…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>دمج في…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Code colour</source>
        <translation>لون الرمز</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>رمز جديد</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>New sub-code</source>
        <translation>رمز فرعي جديد</translation>
    </message>
    <message>
        <source>Name (under “{parent}”):</source>
        <translation>الاسم (تحت «{parent}»):</translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation>إعادة تسمية الرمز</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>Merge code</source>
        <translation>دمج الرمز</translation>
    </message>
    <message>
        <source>Merge “{code}” into:</source>
        <translation>دمج «{code}» في:</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Columns to show</source>
        <translation>الأعمدة المعروضة</translation>
    </message>
    <message>
        <source>Space: show/hide · Alt+Up/Alt+Down: move · order is right to left: the first is the rightmost column</source>
        <translation>المسافة: إظهار/إخفاء · Alt+أعلى/Alt+أسفل: نقل · الترتيب من اليمين إلى اليسار: الأول هو العمود الأيمن</translation>
    </message>
    <message>
        <source>Pivot article</source>
        <translation>المقال المحوري</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
        <source>&amp;Pivot:</source>
        <translation>المح&amp;ور:</translation>
    </message>
</context>
<context>
    <name>ColumnsView</name>
    <message>
        <source>Aligned columns</source>
        <translation>الأعمدة المتقابلة</translation>
    </message>
    <message>
        <source>pivot</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>◀ Earlier rows</source>
        <translation>الصفوف السابقة</translation>
    </message>
    <message>
        <source>Later rows ▶</source>
        <translation>الصفوف التالية</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3</source>
        <translation>الصفوف %1–%2 من %3</translation>
    </message>
</context>
<context>
    <name>CorpusActions</name>
    <message>
        <source>Open corpus</source>
        <translation>افتح مدوّنة</translation>
    </message>
    <message>
        <source>Corpus files (*.sqlite *.db);;All files (*)</source>
        <translation>ملفات المدوّنات (*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Archive to build the corpus from</source>
        <translation>الأرشيف الذي تُبنى منه المدوّنة</translation>
    </message>
    <message>
        <source>Archives (*.zip *.json *.jsonl *.csv *.txt *.md);;All files (*)</source>
        <translation>الأرشيفات (*.zip *.json *.jsonl *.csv *.txt *.md);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Corpus file (an existing one is extended)</source>
        <translation>ملف المدوّنة (الملف الموجود يُضاف إليه)</translation>
    </message>
    <message>
        <source>Corpus files (*.sqlite *.db)</source>
        <translation>ملفات المدوّنات (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Field mapping</source>
        <translation>ربط الحقول</translation>
    </message>
    <message>
        <source>Fields of the archive&apos;s rows, e.g. text=content,title=title,url=url,date=date_extracted,outlet=source
(empty: columns named text, title, url, date, outlet)</source>
        <translation>حقول صفوف الأرشيف، مثل text=content,title=title,url=url,date=date_extracted,outlet=source
(فارغ: أعمدة بأسماء text وtitle وurl وdate وoutlet)</translation>
    </message>
</context>
<context>
    <name>CorpusBuilder</name>
    <message>
        <source>Building the corpus %1…</source>
        <translation>بناء المدوّنة %1…</translation>
    </message>
    <message>
        <source>Stopping; the corpus file keeps what was done…</source>
        <translation>جارٍ الإيقاف؛ يحتفظ ملف المدوّنة بما أُنجز…</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>indexing</source>
        <translation>الفهرسة</translation>
    </message>
    <message>
        <source>sketching</source>
        <translation>بصمات النصوص</translation>
    </message>
    <message>
        <source>n-grams</source>
        <translation>السلاسل الخماسية</translation>
    </message>
    <message>
        <source>counting shared n-grams</source>
        <translation>عدّ السلاسل المشتركة</translation>
    </message>
    <message>
        <source>aligning pairs</source>
        <translation>مطابقة الأزواج</translation>
    </message>
    <message>
        <source>stories and network</source>
        <translation>القصص والشبكة</translation>
    </message>
    <message>
        <source>Building the corpus %1: %2 %3 of %4</source>
        <translation>بناء المدوّنة %1: %2 ‏%3 من %4</translation>
    </message>
    <message>
        <source>Build stopped: %1 keeps what was done; build it again to resume.</source>
        <translation>توقّف البناء: يحتفظ %1 بما أُنجز؛ ابنِه مرة أخرى للمتابعة.</translation>
    </message>
    <message>
        <source>The corpus build failed (exit code %1).</source>
        <translation>فشل بناء المدوّنة (رمز الخروج %1).</translation>
    </message>
    <message>
        <source>Could not start the corpus build.</source>
        <translation>تعذّر بدء بناء المدوّنة.</translation>
    </message>
</context>
<context>
    <name>CorpusJobs</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>CorpusLoader</name>
    <message>
        <source>Reading the corpus %1…</source>
        <translation>قراءة المدوّنة %1…</translation>
    </message>
    <message>
        <source>counting</source>
        <translation>العدّ</translation>
    </message>
    <message>
        <source>stories</source>
        <translation>القصص</translation>
    </message>
    <message>
        <source>outlet network</source>
        <translation>شبكة الوسائل</translation>
    </message>
    <message>
        <source>substitutions</source>
        <translation>الاستبدالات</translation>
    </message>
    <message>
        <source>done</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>Reading the corpus %1: %2</source>
        <translation>قراءة المدوّنة %1: %2</translation>
    </message>
</context>
<context>
    <name>CorpusWindow</name>
    <message>
        <source>Qarin corpus — %1</source>
        <translation>مدوّنة قارن — %1</translation>
    </message>
    <message>
        <source>%1 articles, %2 reuse pairs, %3 stories</source>
        <translation>المقالات: %1، أزواج إعادة الاستخدام: %2، القصص: %3</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>First publisher</source>
        <translation>أول ناشر</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>أول تاريخ</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>آخر تاريخ</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>الوسائل الإعلامية</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Search stories (outlet, title, date)</source>
        <translation>ابحث في القصص (الوسيلة، العنوان، التاريخ)</translation>
    </message>
    <message>
        <source>Open as comparison project</source>
        <translation>افتح كمشروع مقارنة</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>القصص</translation>
    </message>
    <message>
        <source>Outlet network</source>
        <translation>شبكة الوسائل</translation>
    </message>
    <message>
        <source>Outlet matrix</source>
        <translation>مصفوفة الوسائل</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Source wording</source>
        <translation>صياغة المصدر</translation>
    </message>
    <message>
        <source>Copy wording</source>
        <translation>صياغة النسخة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Outlets (source → copy)</source>
        <translation>الوسائل (المصدر ← الناقل)</translation>
    </message>
    <message>
        <source>Search substitutions</source>
        <translation>ابحث في الاستبدالات</translation>
    </message>
    <message>
        <source>Substitutions</source>
        <translation>الاستبدالات</translation>
    </message>
    <message>
        <source>Rows: source outlet; columns: outlet reusing it. Cell: articles reusing (uncredited pairs).</source>
        <translation>الصفوف: الوسيلة المصدر؛ الأعمدة: الوسيلة الناقلة عنها. الخانة: المقالات الناقلة (الأزواج دون نسبة).</translation>
    </message>
    <message>
        <source>%1 → %2: %3 articles, %4 pairs, %5 credited, %6 uncredited, median lag %7 h</source>
        <translation>%1 ← %2: المقالات %3، الأزواج %4، بنسبة %5، دون نسبة %6، وسيط التأخر %7 ساعة</translation>
    </message>
</context>
<context>
    <name>CreditsDialog</name>
    <message>
        <source>Credits and relay</source>
        <translation>المصادر المنسوبة والنقل</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>كما كُتبت</translation>
    </message>
    <message>
        <source>Credited in the text</source>
        <translation>الإسناد في النص</translation>
    </message>
    <message>
        <source>How</source>
        <translation>كيف</translation>
    </message>
    <message>
        <source>Credits of the article</source>
        <translation>إسنادات المقال</translation>
    </message>
    <message>
        <source>&amp;Remove credit</source>
        <translation>&amp;حذف الإسناد</translation>
    </message>
    <message>
        <source>Re&amp;store credit</source>
        <translation>&amp;إعادة الإسناد</translation>
    </message>
    <message>
        <source>S&amp;how in the text</source>
        <translation>&amp;إظهاره في النص</translation>
    </message>
    <message>
        <source>At the &amp;selected words</source>
        <translation>عند الكلمات الم&amp;حدّدة</translation>
    </message>
    <message>
        <source>Select the words that credit the outlet in the window&apos;s text first (this window can stay open)</source>
        <translation>حدّد أولًا في نص النافذة الكلمات التي تُسند إلى الوسيلة (يمكن أن تبقى هذه النافذة مفتوحة)</translation>
    </message>
    <message>
        <source>&amp;Add credit</source>
        <translation>إ&amp;ضافة الإسناد</translation>
    </message>
    <message>
        <source>Add a credit</source>
        <translation>إضافة إسناد</translation>
    </message>
    <message>
        <source>Out&amp;let:</source>
        <translation>ال&amp;وسيلة:</translation>
    </message>
    <message>
        <source>Set re&amp;lay</source>
        <translation>&amp;تحديد النقل</translation>
    </message>
    <message>
        <source>Use the &amp;found relay</source>
        <translation>النقل كما &amp;وُجد</translation>
    </message>
    <message>
        <source>Relay: the outlet whose report this article carries</source>
        <translation>النقل: الوسيلة التي ينقل هذا المقال تقريرها</translation>
    </message>
    <message>
        <source>Relays:</source>
        <translation>ينقل عن:</translation>
    </message>
    <message>
        <source>A&amp;rticle:</source>
        <translation>&amp;المقال:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Found in the text: {0}</source>
        <translation>وُجد في النص: {0}</translation>
    </message>
    <message>
        <source>Set by you (found: {0}).</source>
        <translation>حدّدتَه أنت (الموجود: {0}).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>As found (in the text, the page or metadata).</source>
        <translation>كما وُجد (في النص أو الصفحة أو البيانات الوصفية).</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>لم يوجد.</translation>
    </message>
    <message>
        <source>Select the words that credit the outlet in the article&apos;s text first.</source>
        <translation>حدّد أولًا في نص المقال الكلمات التي تُسند إلى الوسيلة.</translation>
    </message>
    <message>
        <source>The selected words are in another article ({0}).</source>
        <translation>الكلمات المحدّدة في مقال آخر ({0}).</translation>
    </message>
    <message>
        <source>Without a place in the text (the credit is kept for the article as a whole).</source>
        <translation>دون موضع في النص (يُحفظ الإسناد للمقال كله).</translation>
    </message>
    <message>
        <source>At: «{0}»</source>
        <translation>عند: «{0}»</translation>
    </message>
    <message>
        <source>Pick or type the outlet the article credits.</source>
        <translation>اختر الوسيلة التي يُسند إليها المقال أو اكتبها.</translation>
    </message>
</context>
<context>
    <name>ExportJobs</name>
    <message>
        <source>{label} failed: {error}</source>
        <translation>تعذَّر {label}: {error}</translation>
    </message>
</context>
<context>
    <name>FileActionsMixin</name>
    <message>
        <source>Articles (*.txt *.md *.html *.htm *.mhtml *.mht *.docx);;All files (*)</source>
        <translation>مقالات (*.txt *.md *.html *.htm *.mhtml *.mht *.docx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Fetching {0} of {1}: {2}</source>
        <translation>جلب {0} من {1}: {2}</translation>
    </message>
    <message>
        <source>Fetching failed: {0}</source>
        <translation>تعذّر الجلب: {0}</translation>
    </message>
    <message>
        <source>Added {0} page(s).</source>
        <translation>أُضيفت صفحات: {0}.</translation>
    </message>
    <message>
        <source>Not added: {0}</source>
        <translation>لم يُضف: {0}</translation>
    </message>
    <message>
        <source>No article to edit.</source>
        <translation>لا مقال لتعديله.</translation>
    </message>
    <message>
        <source>Open articles</source>
        <translation>فتح مقالات</translation>
    </message>
    <message>
        <source>Open a folder of articles</source>
        <translation>فتح مجلد مقالات</translation>
    </message>
    <message>
        <source>Not added: {error}</source>
        <translation>لم يُضف: {error}</translation>
    </message>
    <message>
        <source>1 file skipped</source>
        <translation>تُجووز ملف واحد</translation>
    </message>
    <message>
        <source>{n} files skipped</source>
        <translation>الملفات المتجاوَزة: {n}</translation>
    </message>
    <message>
        <source> — File → Skipped files… lists each with its reason.</source>
        <translation> — «ملف ← الملفات المتجاوَزة…» يسرد كلًّا منها مع سببه.</translation>
    </message>
    <message>
        <source>Added {n} duplicate article(s); analysing…</source>
        <translation>أُضيفت المقالات المكررة ({n})؛ جارٍ التحليل…</translation>
    </message>
    <message>
        <source>Cannot open {name}: {error}</source>
        <translation>تعذَّر فتح {name}: {error}</translation>
    </message>
    <message>
        <source>Project not opened</source>
        <translation>لم يُفتح المشروع</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>لم يتغير الملف.</translation>
    </message>
    <message>
        <source>Added the pasted article from {outlet}; analysing…</source>
        <translation>أُضيف المقال الملصق من {outlet}؛ جارٍ التحليل…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>Qarin projects (*{suffix});;All files (*)</source>
        <translation>مشاريع قارن (*{suffix});;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Every change is already saved in {path}.</source>
        <translation>كل تغيير محفوظ أصلًا في {path}.</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>حفظ المشروع باسم</translation>
    </message>
    <message>
        <source>Qarin projects (*{suffix})</source>
        <translation>مشاريع قارن (*{suffix})</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>لم يُحفظ: {error}</translation>
    </message>
    <message>
        <source>Saved as {path}; every change is saved there from now on.</source>
        <translation>حُفظ باسم {path}؛ يُحفظ فيه كل تغيير من الآن.</translation>
    </message>
    <message>
        <source>Keep your annotations?</source>
        <translation>أتحتفظ بترميزاتك؟</translation>
    </message>
    <message>
        <source>This untitled project holds annotations. Save it under a name?
(If not, it stays in {folder}.)</source>
        <translation>في هذا المشروع غير المسمى ترميزات. أتحفظه باسم؟
(وإلا فسيبقى في {folder}.)</translation>
    </message>
</context>
<context>
    <name>FramingModel</name>
    <message>
        <source>no terms</source>
        <translation>لا مصطلحات</translation>
    </message>
    <message>
        <source>{own} in own voice, {quoted} quoted</source>
        <translation>{own} بصوت المنفذ، {quoted} في اقتباسات</translation>
    </message>
    <message>
        <source>, {n} held at a distance (so-called, scare quotes)</source>
        <translation>، {n} بصيغة التبرؤ (ما يسمى، علامات تنصيص ساخرة)</translation>
    </message>
</context>
<context>
    <name>FramingPanel</name>
    <message>
        <source>Framing terms by category and outlet</source>
        <translation>مصطلحات التأطير حسب الفئة والمنفذ</translation>
    </message>
    <message>
        <source>Terms in the selected cell</source>
        <translation>مصطلحات الخلية المحددة</translation>
    </message>
    <message>
        <source>Substitutions found in copies</source>
        <translation>الاستبدالات في النسخ المنقولة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Framing vocabulary&lt;/b&gt; — each term with its count in the outlet&apos;s own voice / inside quotations; click a term to select every occurrence</source>
        <translation>&lt;b&gt;مفردات التأطير&lt;/b&gt; — كل مصطلح مع عدد وروده بصوت المنفذ / داخل الاقتباسات؛ انقر مصطلحًا لتحديد كل مواضعه</translation>
    </message>
    <message>
        <source>&lt;b&gt;Substitutions in copies&lt;/b&gt; — X here, Y there (Enter or double-click: open the pair)</source>
        <translation>&lt;b&gt;الاستبدالات عند النقل&lt;/b&gt; — «س» هنا و«ص» هناك (Enter أو نقرة مزدوجة: فتح الزوج)</translation>
    </message>
    <message>
        <source>{own} own voice, {quoted} quoted</source>
        <translation>{own} بصوت المنفذ، {quoted} في اقتباسات</translation>
    </message>
    <message>
        <source>, {n} distanced</source>
        <translation>، {n} بصيغة التبرؤ</translation>
    </message>
</context>
<context>
    <name>LayerBar</name>
    <message>
        <source>Outlets:</source>
        <translation>المنافذ:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>الفئات:</translation>
    </message>
</context>
<context>
    <name>Lexicon</name>
    <message>
        <source>legitimizing</source>
        <translation>يُضفي الشرعية</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>محايد</translation>
    </message>
    <message>
        <source>delegitimizing</source>
        <translation>ينزع الشرعية</translation>
    </message>
    <message>
        <source>affiliated groups</source>
        <translation>فصائل تابعة</translation>
    </message>
    <message>
        <source>affirmed</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>aggression</source>
        <translation>عدوان</translation>
    </message>
    <message>
        <source>army</source>
        <translation>جيش</translation>
    </message>
    <message>
        <source>attacks</source>
        <translation>هجمات</translation>
    </message>
    <message>
        <source>auxiliary forces</source>
        <translation>قوات رديفة</translation>
    </message>
    <message>
        <source>battle</source>
        <translation>معركة</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>زعم</translation>
    </message>
    <message>
        <source>coalition</source>
        <translation>تحالف</translation>
    </message>
    <message>
        <source>conspiracy</source>
        <translation>مؤامرة</translation>
    </message>
    <message>
        <source>contempt</source>
        <translation>ازدراء</translation>
    </message>
    <message>
        <source>criminality</source>
        <translation>إجرام</translation>
    </message>
    <message>
        <source>defilement</source>
        <translation>تدنيس</translation>
    </message>
    <message>
        <source>enemy</source>
        <translation>عدو</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>كيان</translation>
    </message>
    <message>
        <source>epic</source>
        <translation>ملحمة</translation>
    </message>
    <message>
        <source>honour</source>
        <translation>شرف</translation>
    </message>
    <message>
        <source>hostilities</source>
        <translation>أعمال عدائية</translation>
    </message>
    <message>
        <source>illegitimate</source>
        <translation>غير شرعي</translation>
    </message>
    <message>
        <source>iran-backed</source>
        <translation>مدعوم من إيران</translation>
    </message>
    <message>
        <source>malice</source>
        <translation>خبث</translation>
    </message>
    <message>
        <source>militia</source>
        <translation>ميليشيا</translation>
    </message>
    <message>
        <source>national</source>
        <translation>وطني</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>احتلال</translation>
    </message>
    <message>
        <source>operation name</source>
        <translation>اسم عملية</translation>
    </message>
    <message>
        <source>personnel</source>
        <translation>عناصر</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>وكيل</translation>
    </message>
    <message>
        <source>resistance</source>
        <translation>مقاومة</translation>
    </message>
    <message>
        <source>ridicule</source>
        <translation>سخرية</translation>
    </message>
    <message>
        <source>said</source>
        <translation>قال</translation>
    </message>
    <message>
        <source>self-defence</source>
        <translation>دفاع عن النفس</translation>
    </message>
    <message>
        <source>state name</source>
        <translation>اسم دولة</translation>
    </message>
    <message>
        <source>strikes</source>
        <translation>ضربات</translation>
    </message>
    <message>
        <source>zionist</source>
        <translation>صهيوني</translation>
    </message>
    <message>
        <source>PMF</source>
        <translation>الحشد الشعبي</translation>
    </message>
    <message>
        <source>abducted</source>
        <translation>مختطفون</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>اعترف</translation>
    </message>
    <message>
        <source>alleged</source>
        <translation>مزعوم</translation>
    </message>
    <message>
        <source>armed groups</source>
        <translation>جماعات مسلحة</translation>
    </message>
    <message>
        <source>assassination</source>
        <translation>اغتيال</translation>
    </message>
    <message>
        <source>atrocity</source>
        <translation>فظاعة</translation>
    </message>
    <message>
        <source>barbarity</source>
        <translation>همجية</translation>
    </message>
    <message>
        <source>bases</source>
        <translation>قواعد</translation>
    </message>
    <message>
        <source>boasted</source>
        <translation>تبجّح</translation>
    </message>
    <message>
        <source>brutality</source>
        <translation>وحشية</translation>
    </message>
    <message>
        <source>civil war</source>
        <translation>حرب أهلية</translation>
    </message>
    <message>
        <source>civilians</source>
        <translation>مدنيون</translation>
    </message>
    <message>
        <source>collaborator</source>
        <translation>عمالة</translation>
    </message>
    <message>
        <source>cowardice</source>
        <translation>جبن</translation>
    </message>
    <message>
        <source>crime</source>
        <translation>جريمة</translation>
    </message>
    <message>
        <source>crisis</source>
        <translation>أزمة</translation>
    </message>
    <message>
        <source>de facto</source>
        <translation>أمر واقع</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>موتى</translation>
    </message>
    <message>
        <source>defence army</source>
        <translation>جيش دفاع</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>نفى</translation>
    </message>
    <message>
        <source>derogatory</source>
        <translation>تحقير</translation>
    </message>
    <message>
        <source>detainees</source>
        <translation>معتقلون</translation>
    </message>
    <message>
        <source>died</source>
        <translation>لقي حتفه</translation>
    </message>
    <message>
        <source>evacuation</source>
        <translation>إخلاء</translation>
    </message>
    <message>
        <source>extremism</source>
        <translation>تطرف</translation>
    </message>
    <message>
        <source>factions</source>
        <translation>فصائل</translation>
    </message>
    <message>
        <source>fake</source>
        <translation>زيف</translation>
    </message>
    <message>
        <source>fedayeen</source>
        <translation>عمل فدائي</translation>
    </message>
    <message>
        <source>forced displacement</source>
        <translation>تهجير قسري</translation>
    </message>
    <message>
        <source>fraternity</source>
        <translation>أخوّة</translation>
    </message>
    <message>
        <source>freedom</source>
        <translation>حرية</translation>
    </message>
    <message>
        <source>genocide</source>
        <translation>إبادة جماعية</translation>
    </message>
    <message>
        <source>government</source>
        <translation>حكومة</translation>
    </message>
    <message>
        <source>great satan</source>
        <translation>الشيطان الأكبر</translation>
    </message>
    <message>
        <source>gunmen</source>
        <translation>مسلحون</translation>
    </message>
    <message>
        <source>heroism</source>
        <translation>بطولة</translation>
    </message>
    <message>
        <source>hostages</source>
        <translation>رهائن</translation>
    </message>
    <message>
        <source>in their words</source>
        <translation>على حد تعبيره</translation>
    </message>
    <message>
        <source>incursion</source>
        <translation>توغل</translation>
    </message>
    <message>
        <source>injustice</source>
        <translation>ظلم</translation>
    </message>
    <message>
        <source>international legitimacy</source>
        <translation>شرعية دولية</translation>
    </message>
    <message>
        <source>invasion</source>
        <translation>غزو</translation>
    </message>
    <message>
        <source>isis</source>
        <translation>داعش</translation>
    </message>
    <message>
        <source>islamists</source>
        <translation>إسلاميون</translation>
    </message>
    <message>
        <source>janjaweed</source>
        <translation>جنجويد</translation>
    </message>
    <message>
        <source>junta</source>
        <translation>طغمة</translation>
    </message>
    <message>
        <source>justified</source>
        <translation>تبرير</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>قتل</translation>
    </message>
    <message>
        <source>legitimate government</source>
        <translation>حكومة شرعية</translation>
    </message>
    <message>
        <source>martyr</source>
        <translation>شهادة</translation>
    </message>
    <message>
        <source>martyrdom</source>
        <translation>استشهاد</translation>
    </message>
    <message>
        <source>massacre</source>
        <translation>مجزرة</translation>
    </message>
    <message>
        <source>mercenaries</source>
        <translation>مرتزقة</translation>
    </message>
    <message>
        <source>name</source>
        <translation>اسم</translation>
    </message>
    <message>
        <source>national army</source>
        <translation>جيش وطني</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>محتلة</translation>
    </message>
    <message>
        <source>official name</source>
        <translation>اسم رسمي</translation>
    </message>
    <message>
        <source>opposition</source>
        <translation>معارضة</translation>
    </message>
    <message>
        <source>perished</source>
        <translation>هلاك</translation>
    </message>
    <message>
        <source>personal army</source>
        <translation>جيش شخصي</translation>
    </message>
    <message>
        <source>piracy</source>
        <translation>قرصنة</translation>
    </message>
    <message>
        <source>pounding</source>
        <translation>دكّ</translation>
    </message>
    <message>
        <source>prisoners</source>
        <translation>أسرى</translation>
    </message>
    <message>
        <source>propagated</source>
        <translation>ترويج</translation>
    </message>
    <message>
        <source>putschists</source>
        <translation>انقلابيون</translation>
    </message>
    <message>
        <source>quality operation</source>
        <translation>عملية نوعية</translation>
    </message>
    <message>
        <source>rabble</source>
        <translation>غوغاء</translation>
    </message>
    <message>
        <source>rebels</source>
        <translation>متمردون</translation>
    </message>
    <message>
        <source>regime</source>
        <translation>نظام</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation>كشف</translation>
    </message>
    <message>
        <source>revolution</source>
        <translation>ثورة</translation>
    </message>
    <message>
        <source>revolutionaries</source>
        <translation>ثوار</translation>
    </message>
    <message>
        <source>saboteurs</source>
        <translation>مخربون</translation>
    </message>
    <message>
        <source>security prisoners</source>
        <translation>سجناء أمنيون</translation>
    </message>
    <message>
        <source>self-name</source>
        <translation>اسم ذاتي</translation>
    </message>
    <message>
        <source>self-styled</source>
        <translation>يسمي نفسه</translation>
    </message>
    <message>
        <source>settler herds</source>
        <translation>قطعان المستوطنين</translation>
    </message>
    <message>
        <source>settlers</source>
        <translation>مستوطنون</translation>
    </message>
    <message>
        <source>shelling</source>
        <translation>قصف</translation>
    </message>
    <message>
        <source>siege</source>
        <translation>حصار</translation>
    </message>
    <message>
        <source>so-called</source>
        <translation>ما يسمى</translation>
    </message>
    <message>
        <source>state</source>
        <translation>دولة</translation>
    </message>
    <message>
        <source>state army</source>
        <translation>جيش دولة</translation>
    </message>
    <message>
        <source>steadfastness</source>
        <translation>صمود</translation>
    </message>
    <message>
        <source>storming</source>
        <translation>اقتحام</translation>
    </message>
    <message>
        <source>suicide</source>
        <translation>انتحاري</translation>
    </message>
    <message>
        <source>takfiri</source>
        <translation>تكفيري</translation>
    </message>
    <message>
        <source>targeting</source>
        <translation>استهداف</translation>
    </message>
    <message>
        <source>terrorism</source>
        <translation>إرهاب</translation>
    </message>
    <message>
        <source>terrorist</source>
        <translation>إرهابي</translation>
    </message>
    <message>
        <source>treachery</source>
        <translation>غدر</translation>
    </message>
    <message>
        <source>uprising</source>
        <translation>انتفاضة</translation>
    </message>
    <message>
        <source>valour</source>
        <translation>بسالة</translation>
    </message>
    <message>
        <source>victims</source>
        <translation>ضحايا</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>انتهاك</translation>
    </message>
    <message>
        <source>zionist entity</source>
        <translation>الكيان الصهيوني</translation>
    </message>
</context>
<context>
    <name>LexiconActions</name>
    <message>
        <source>Add to &amp;lexicon…</source>
        <translation>إضافة إلى المع&amp;جم…</translation>
    </message>
    <message>
        <source>Make the selected words a lexicon term, with a category and a stance</source>
        <translation>اجعل الكلمات المحددة مصطلحًا في المعجم، بفئة وموقف</translation>
    </message>
    <message>
        <source>Select the words of a label in one article first.</source>
        <translation>حدّد أولًا كلمات التسمية في مقال واحد.</translation>
    </message>
    <message>
        <source>Select a label of at most {n} words.</source>
        <translation>حدّد تسمية لا تزيد على {n} كلمات.</translation>
    </message>
</context>
<context>
    <name>LexiconEditor</name>
    <message>
        <source>Filter terms…</source>
        <translation>تصفية المصطلحات…</translation>
    </message>
    <message>
        <source>Lexicon terms</source>
        <translation>مصطلحات المعجم</translation>
    </message>
    <message>
        <source>Lexicon categories</source>
        <translation>فئات المعجم</translation>
    </message>
    <message>
        <source>&amp;Add term…</source>
        <translation>إ&amp;ضافة مصطلح…</translation>
    </message>
    <message>
        <source>&amp;Edit term…</source>
        <translation>ت&amp;عديل مصطلح…</translation>
    </message>
    <message>
        <source>&amp;Remove term</source>
        <translation>إ&amp;زالة مصطلح</translation>
    </message>
    <message>
        <source>Add cate&amp;gory…</source>
        <translation>إضافة &amp;فئة…</translation>
    </message>
    <message>
        <source>Edit categor&amp;y…</source>
        <translation>تعديل ف&amp;ئة…</translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation>إزالة فئة</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Changes are saved in the project and the analysis refreshes at once.</source>
        <translation>تُحفظ التغييرات في المشروع ويُحدَّث التحليل فورًا.</translation>
    </message>
    <message>
        <source>Select a term first.</source>
        <translation>حدِّد مصطلحًا أولًا.</translation>
    </message>
    <message>
        <source>Select a category first.</source>
        <translation>حدِّد فئة أولًا.</translation>
    </message>
    <message>
        <source>Examples of the term in the open articles</source>
        <translation>أمثلة المصطلح في المقالات المفتوحة</translation>
    </message>
    <message>
        <source>Select a term to see it in the open articles.</source>
        <translation>حدّد مصطلحًا لترى مواضعه في المقالات المفتوحة.</translation>
    </message>
    <message>
        <source>{n} occurrence(s) of {term} in the open articles</source>
        <translation>مواضع {term} في المقالات المفتوحة: {n}</translation>
    </message>
    <message>
        <source>{term} does not occur in the open articles.</source>
        <translation>لا يرد {term} في المقالات المفتوحة.</translation>
    </message>
    <message>
        <source>own voice</source>
        <translation>بصوت المنفذ</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>مقتبس</translation>
    </message>
    <message>
        <source>distanced</source>
        <translation>بصيغة التبرؤ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Columns view</source>
        <translation>عرض الأعمدة</translation>
    </message>
    <message>
        <source>Pair view</source>
        <translation>عرض الزوج</translation>
    </message>
    <message>
        <source>Framing view</source>
        <translation>عرض التأطير</translation>
    </message>
    <message>
        <source>Reuse view</source>
        <translation>عرض إعادة الاستخدام</translation>
    </message>
    <message>
        <source>Lexicon view</source>
        <translation>عرض المعجم</translation>
    </message>
    <message>
        <source>read</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>normalize</source>
        <translation>التسوية</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>التقطيع</translation>
    </message>
    <message>
        <source>index</source>
        <translation>الفهرسة</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>المرشحات</translation>
    </message>
    <message>
        <source>align</source>
        <translation>المقابلة</translation>
    </message>
    <message>
        <source>reuse</source>
        <translation>إعادة الاستخدام</translation>
    </message>
    <message>
        <source>framing</source>
        <translation>التأطير</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>الذاكرة المؤقتة</translation>
    </message>
    <message>
        <source>done</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>الأ&amp;عمدة</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>ال&amp;زوج</translation>
    </message>
    <message>
        <source>&amp;Framing</source>
        <translation>الت&amp;أطير</translation>
    </message>
    <message>
        <source>&amp;Reuse</source>
        <translation>إعادة الا&amp;ستخدام</translation>
    </message>
    <message>
        <source>&amp;Lexicon</source>
        <translation>الم&amp;عجم</translation>
    </message>
    <message>
        <source>Columns shown</source>
        <translation>الأعمدة المعروضة</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>دليل الترميز</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>الترميزات</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>إلغاء (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n article(s)…</source>
        <translation>
            <numerusform>لا مقالات للتحليل…</numerusform>
            <numerusform>جارٍ تحليل مقال واحد…</numerusform>
            <numerusform>جارٍ تحليل مقالين…</numerusform>
            <numerusform>جارٍ تحليل %n مقالات…</numerusform>
            <numerusform>جارٍ تحليل %n مقالًا…</numerusform>
            <numerusform>جارٍ تحليل %n مقال…</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis failed: {error}</source>
        <translation>فشل التحليل: {error}</translation>
    </message>
    <message>
        <source>Analysis cancelled; the views show the previous result.</source>
        <translation>أُلغي التحليل؛ تعرض الواجهات النتيجة السابقة.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالًا</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aligned passage(s)</source>
        <translation>
            <numerusform>لا مقاطع متقابلة</numerusform>
            <numerusform>مقطع متقابل واحد</numerusform>
            <numerusform>مقطعان متقابلان</numerusform>
            <numerusform>%n مقاطع متقابلة</numerusform>
            <numerusform>%n مقطعًا متقابلًا</numerusform>
            <numerusform>%n مقطع متقابل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n framing term(s)</source>
        <translation>
            <numerusform>لا مصطلحات تأطير</numerusform>
            <numerusform>مصطلح تأطير واحد</numerusform>
            <numerusform>مصطلحا تأطير</numerusform>
            <numerusform>%n مصطلحات تأطير</numerusform>
            <numerusform>%n مصطلح تأطير</numerusform>
            <numerusform>%n مصطلح تأطير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in copies</source>
        <translation>
            <numerusform>لا تغييرات في النسخ</numerusform>
            <numerusform>تغيير واحد في النسخ</numerusform>
            <numerusform>تغييران في النسخ</numerusform>
            <numerusform>%n تغييرات في النسخ</numerusform>
            <numerusform>%n تغييرًا في النسخ</numerusform>
            <numerusform>%n تغيير في النسخ</numerusform>
        </translation>
    </message>
    <message>
        <source>project: {path}</source>
        <translation>المشروع: {path}</translation>
    </message>
    <message>
        <source>Column choice not saved: {error}</source>
        <translation>لم يُحفظ اختيار الأعمدة: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Code&lt;/b&gt;: {code}</source>
        <translation>&lt;b&gt;الرمز&lt;/b&gt;: {code}</translation>
    </message>
    <message>
        <source>memo: {memo}</source>
        <translation>ملاحظة: {memo}</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>لا مصطلحات</numerusform>
            <numerusform>مصطلح واحد</numerusform>
            <numerusform>مصطلحان</numerusform>
            <numerusform>%n مصطلحات</numerusform>
            <numerusform>%n مصطلحًا</numerusform>
            <numerusform>%n مصطلح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>لا فئات</numerusform>
            <numerusform>فئة واحدة</numerusform>
            <numerusform>فئتان</numerusform>
            <numerusform>%n فئات</numerusform>
            <numerusform>%n فئة</numerusform>
            <numerusform>%n فئة</numerusform>
        </translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>لم يتغير: {error}</translation>
    </message>
    <message>
        <source>Lexicon not changed: {error}</source>
        <translation>لم يتغير المعجم: {error}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا اسم</translation>
    </message>
    <message>
        <source>Qarin — {name}</source>
        <translation>قارن — {name}</translation>
    </message>
    <message>
        <source>Your lexicon file was left out: {problem}</source>
        <translation>استُبعد ملف معجمك: {problem}</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>القصص</translation>
    </message>
    <message>
        <source>Story: %1 articles</source>
        <translation>القصة: عدد المقالات %1</translation>
    </message>
</context>
<context>
    <name>NavigationMixin</name>
    <message numerus="yes">
        <source>%n occurrence(s) of “{term}” in all articles; {shown} in the columns shown (F3: next)</source>
        <translation>
            <numerusform>لا مواضع لـ«{term}» في المقالات؛ {shown} في الأعمدة المعروضة (F3: التالي)</numerusform>
            <numerusform>موضع واحد لـ«{term}» في كل المقالات؛ {shown} في الأعمدة المعروضة (F3: التالي)</numerusform>
            <numerusform>موضعان لـ«{term}» في كل المقالات؛ {shown} في الأعمدة المعروضة (F3: التالي)</numerusform>
            <numerusform>%n مواضع لـ«{term}» في كل المقالات؛ {shown} في الأعمدة المعروضة (F3: التالي)</numerusform>
            <numerusform>%n موضعًا لـ«{term}» في كل المقالات؛ {shown} في الأعمدة المعروضة (F3: التالي)</numerusform>
            <numerusform>%n موضع لـ«{term}» في كل المقالات؛ {shown} في الأعمدة المعروضة (F3: التالي)</numerusform>
        </translation>
    </message>
    <message>
        <source>This annotation is an orphan: its text is no longer in the article. Adjust its span to place it again.</source>
        <translation>هذا الترميز بلا موضع: لم يعد نصه في المقال. اضبط حدوده لتضعه من جديد.</translation>
    </message>
</context>
<context>
    <name>OutletEntryDialog</name>
    <message>
        <source>Outlet</source>
        <translation>وسيلة إعلامية</translation>
    </message>
    <message>
        <source>Outlet: {0}</source>
        <translation>الوسيلة: {0}</translation>
    </message>
    <message>
        <source>e.g. Al-Wadi News</source>
        <translation>مثل: Al-Wadi News</translation>
    </message>
    <message>
        <source>e.g. أخبار الوادي</source>
        <translation>مثل: أخبار الوادي</translation>
    </message>
    <message>
        <source>other spellings, separated by commas</source>
        <translation>كتابات أخرى، تفصل بينها فواصل</translation>
    </message>
    <message>
        <source>abbreviations used in credits, e.g. واس</source>
        <translation>اختصارات تَرِد في الإسناد، مثل: واس</translation>
    </message>
    <message>
        <source>web domains, e.g. example.com</source>
        <translation>نطاقات الويب، مثل: example.com</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(غير محدّد)</translation>
    </message>
    <message>
        <source>Also add it to my outlets, for every project</source>
        <translation>أضفها أيضًا إلى وسائلي، لكل المشاريع</translation>
    </message>
    <message>
        <source>&amp;Name (English):</source>
        <translation>&amp;الاسم (بالإنجليزية):</translation>
    </message>
    <message>
        <source>Name in &amp;Arabic:</source>
        <translation>الاسم بال&amp;عربية:</translation>
    </message>
    <message>
        <source>&amp;Variants:</source>
        <translation>&amp;صيغ أخرى:</translation>
    </message>
    <message>
        <source>A&amp;bbreviations:</source>
        <translation>ا&amp;ختصارات:</translation>
    </message>
    <message>
        <source>&amp;Domains:</source>
        <translation>&amp;النطاقات:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <source>Not an outlet entry: {0}</source>
        <translation>ليست وسيلة صالحة: {0}</translation>
    </message>
    <message>
        <source>This project already has an outlet named {0}.</source>
        <translation>في هذا المشروع وسيلة باسم {0} من قبل.</translation>
    </message>
</context>
<context>
    <name>OutletGraph</name>
    <message>
        <source>Arrows of at least</source>
        <translation>الأسهم التي تمثل</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>مقالًا فأكثر</translation>
    </message>
    <message>
        <source>Arrow A → B: B&apos;s articles reuse A&apos;s; width: how many; colour: share credited (red none, green all). Click an outlet to see only its arrows.</source>
        <translation>السهم من أ إلى ب: مقالات ب تعيد استخدام مقالات أ؛ العرض: عددها؛ اللون: نسبة ما يُنسب إلى المصدر (الأحمر: لا شيء، الأخضر: الكل). انقر وسيلة لترى أسهمها وحدها.</translation>
    </message>
    <message>
        <source>%1 outlets, %2 arrows shown of %3</source>
        <translation>الوسائل: %1، الأسهم المعروضة: %2 من %3</translation>
    </message>
    <message>
        <source>%1: %2 of its articles reuse other outlets, %3% of those pairs credited; other outlets&apos; articles reuse it %4 times</source>
        <translation>‏%1: %2 من مقالاتها تعيد استخدام وسائل أخرى، وتنسب %3% من تلك الأزواج إلى مصدرها؛ وأعادت مقالات الوسائل الأخرى استخدامها %4 مرة</translation>
    </message>
</context>
<context>
    <name>OutletGraphView</name>
    <message>
        <source>%1: %2 articles reused by others; %3 of its articles reuse others, %4 of %5 pairs credited</source>
        <translation>‏%1: أعادت وسائل أخرى استخدام %2 مقالًا منها؛ %3 من مقالاتها تعيد استخدام غيرها، منسوبة في %4 من %5 أزواج</translation>
    </message>
    <message>
        <source>%1% credited</source>
        <translation>منسوب: %1%</translation>
    </message>
    <message>
        <source>%1 → %2: %3 articles of %2 reuse %1 (%4 pairs; %5 credited, %6 uncredited; median lag %7 h)</source>
        <translation>‏%1 ← %2: %3 مقالًا من %2 تعيد استخدام %1 (%4 أزواج؛ منسوبة %5، غير منسوبة %6؛ وسيط التأخر %7 ساعة)</translation>
    </message>
    <message>
        <source>%1 (%2% credited)</source>
        <translation>%1 (منسوب: %2%)</translation>
    </message>
</context>
<context>
    <name>OutletsDialog</name>
    <message>
        <source>Outlets of this project</source>
        <translation>وسائل هذا المشروع</translation>
    </message>
    <message>
        <source>Outlets listed here come before the bundled registry for this project&apos;s articles: an article from one of their domains, or naming them in a credit, is credited to them.</source>
        <translation>تتقدّم الوسائل المدرجة هنا على السجل المرفق في مقالات هذا المشروع: يُنسب إليها كل مقال من أحد نطاقاتها أو يذكرها في إسناد.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>بالعربية</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>النطاقات</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>No outlets of its own yet: the bundled registry names this project&apos;s outlets.</source>
        <translation>لا وسائل خاصة به بعد: السجل المرفق يسمّي وسائل هذا المشروع.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;إضافة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <source>Right article (source)</source>
        <translation>المقال الأيمن (المصدر)</translation>
    </message>
    <message>
        <source>Left article</source>
        <translation>المقال الأيسر</translation>
    </message>
    <message>
        <source>⇄ Swap</source>
        <translation>⇄ تبديل</translation>
    </message>
    <message>
        <source>Swap the two articles (Ctrl+Shift+X)</source>
        <translation>تبديل المقالين (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Right article text</source>
        <translation>نص المقال الأيمن</translation>
    </message>
    <message>
        <source>Left article text</source>
        <translation>نص المقال الأيسر</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>الأيسر:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>الأيمن:</translation>
    </message>
    <message>
        <source>Load at least two articles to compare a pair.</source>
        <translation>حمِّل مقالين على الأقل للمقارنة بين زوج.</translation>
    </message>
    <message>
        <source>direction unknown</source>
        <translation>الاتجاه غير معروف</translation>
    </message>
    <message>
        <source>likely direction: {source} → {copy}</source>
        <translation>الاتجاه المرجَّح: من {source} إلى {copy}</translation>
    </message>
    <message>
        <source>{right} (right): {share} of its words appear in the left article</source>
        <translation>{right} (الأيمن): {share} من كلماته في المقال الأيسر</translation>
    </message>
    <message>
        <source>{left} (left): {share} appear in the right</source>
        <translation>{left} (الأيسر): {share} من كلماته في الأيمن</translation>
    </message>
    <message numerus="yes">
        <source>%n aligned passage(s)</source>
        <translation>
            <numerusform>لا مقاطع متقابلة</numerusform>
            <numerusform>مقطع متقابل واحد</numerusform>
            <numerusform>مقطعان متقابلان</numerusform>
            <numerusform>%n مقاطع متقابلة</numerusform>
            <numerusform>%n مقطعًا متقابلًا</numerusform>
            <numerusform>%n مقطع متقابل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste article</source>
        <translation>لصق مقال</translation>
    </message>
    <message>
        <source>Outlet name (e.g. {example})</source>
        <translation>اسم المنفذ (مثل {example})</translation>
    </message>
    <message>
        <source>Al-Mayadeen</source>
        <translation>الميادين</translation>
    </message>
    <message>
        <source>Title (optional: taken from the first line)</source>
        <translation>العنوان (اختياري: يؤخذ من السطر الأول)</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>ال&amp;منفذ:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <source>Paste the article&apos;s text first.</source>
        <translation>الصق نص المقال أولًا.</translation>
    </message>
    <message>
        <source>Name the outlet that published it.</source>
        <translation>اذكر المنفذ الذي نشره.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Coverage comparison report</source>
        <translation>تقرير مقارنة التغطية</translation>
    </message>
    <message>
        <source>Generated by Qarin</source>
        <translation>أُنشئ بواسطة قارن</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Articles and outlets</source>
        <translation>المقالات والمنافذ</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>ينسب نصه إلى</translation>
    </message>
    <message>
        <source>Aligned texts</source>
        <translation>النصوص المتقابلة</translation>
    </message>
    <message>
        <source>Each row is a passage of the likely source and its counterpart in the copy.</source>
        <translation>كل صف فقرة من المصدر المرجَّح وما يقابلها في المقال الناقل.</translation>
    </message>
    <message>
        <source>Likely source</source>
        <translation>المصدر المرجَّح</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>الناقل</translation>
    </message>
    <message>
        <source>First article</source>
        <translation>المقال الأول</translation>
    </message>
    <message>
        <source>Second article</source>
        <translation>المقال الثاني</translation>
    </message>
    <message>
        <source>no counterpart</source>
        <translation>لا مقابل له</translation>
    </message>
    <message>
        <source>{n} less similar article pairs are not shown here; their figures are in the reuse matrix and the JSON.</source>
        <translation>لم تُعرض {n} من أزواج المقالات الأقل تشابهًا؛ أرقامها في مصفوفة إعادة الاستخدام وفي ملف JSON.</translation>
    </message>
    <message>
        <source>direction undecided</source>
        <translation>الاتجاه غير محسوم</translation>
    </message>
    <message>
        <source>of the copy&apos;s words are found in the source</source>
        <translation>من كلمات الناقل موجودة في المصدر</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>مفتاح الألوان</translation>
    </message>
    <message>
        <source>shared text</source>
        <translation>نص مشترك</translation>
    </message>
    <message>
        <source>word or phrase swapped</source>
        <translation>تبديل كلمة أو عبارة</translation>
    </message>
    <message>
        <source>dropped when copied</source>
        <translation>حُذف عند النقل</translation>
    </message>
    <message>
        <source>attribution dropped</source>
        <translation>إسناد حُذف</translation>
    </message>
    <message>
        <source>added by the copy</source>
        <translation>أضافه الناقل</translation>
    </message>
    <message>
        <source>framing term (outlet&apos;s voice)</source>
        <translation>مصطلح تأطير (بصوت المنفذ)</translation>
    </message>
    <message>
        <source>framing term inside a quotation</source>
        <translation>مصطلح تأطير داخل اقتباس</translation>
    </message>
    <message>
        <source>moved elsewhere by the copy</source>
        <translation>نقلته النسخة إلى موضع آخر</translation>
    </message>
    <message>
        <source>where dropped text was</source>
        <translation>موضع نص محذوف</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>copied with edits</source>
        <translation>منسوخ مع تعديل</translation>
    </message>
    <message>
        <source>same statement retold</source>
        <translation>الخبر نفسه بصياغة أخرى</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>منقول من موضعه</translation>
    </message>
    <message>
        <source>Framing table (categories × outlets)</source>
        <translation>جدول التأطير (الفئات × المنافذ)</translation>
    </message>
    <message>
        <source>Counts in the outlet&apos;s own voice; in brackets, inside quotations.</source>
        <translation>العدد بصوت المنفذ نفسه؛ ما بين القوسين ورد داخل اقتباسات.</translation>
    </message>
    <message>
        <source>No lexicon terms found.</source>
        <translation>لم يُعثر على مصطلحات من المعجم.</translation>
    </message>
    <message>
        <source>Substitutions when copying</source>
        <translation>الاستبدالات عند النقل</translation>
    </message>
    <message>
        <source>In the source</source>
        <translation>في المصدر</translation>
    </message>
    <message>
        <source>In the copy</source>
        <translation>في الناقل</translation>
    </message>
    <message>
        <source>(set by the analyst)</source>
        <translation>(حدّده المحلل)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>المرات</translation>
    </message>
    <message>
        <source>No substitutions found.</source>
        <translation>لم يُعثر على استبدالات.</translation>
    </message>
    <message>
        <source>Reuse matrix</source>
        <translation>مصفوفة إعادة الاستخدام</translation>
    </message>
    <message>
        <source>Cell (row, column): share of the row article&apos;s words found in the column article. An arrow ◀ marks that the row article copied from the column article.</source>
        <translation>الخلية (الصف، العمود): نسبة كلمات مقال الصف الموجودة في مقال العمود. السهم ◀ في خلية يعني أن مقال الصف نقل عن مقال العمود.</translation>
    </message>
    <message>
        <source>Directions of copying</source>
        <translation>اتجاهات النقل</translation>
    </message>
    <message>
        <source>copied from</source>
        <translation>نقل عن</translation>
    </message>
    <message>
        <source>Coding and memos</source>
        <translation>الترميز والملاحظات</translation>
    </message>
    <message>
        <source>This project has no coding.</source>
        <translation>لا توجد ترميزات في هذا المشروع.</translation>
    </message>
    <message>
        <source>Comments without a code</source>
        <translation>تعليقات بلا رمز</translation>
    </message>
    <message>
        <source>(its place in the text was lost)</source>
        <translation>(لم يعد موضعها في النص)</translation>
    </message>
    <message>
        <source>Code memo</source>
        <translation>ملاحظة الرمز</translation>
    </message>
    <message>
        <source>by</source>
        <translation>بقلم</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>صفحة {n} من {total}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>In square brackets, labels the outlet holds at a distance (so-called, alleged, scare quotes): not counted as its own endorsement.</source>
        <translation>وما بين المعقوفين تسميات استعملها المنفذ متبرئًا منها (ما يسمى، المزعوم، علامات تنصيص ساخرة)، فلا تُعدّ تبنيًا منه.</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>0 مقال</numerusform>
            <numerusform>مقالًا واحدًا</numerusform>
            <numerusform>مقالين</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالًا</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>0 منفذ</numerusform>
            <numerusform>منفذ واحد</numerusform>
            <numerusform>منفذين</numerusform>
            <numerusform>%n منافذ</numerusform>
            <numerusform>%n منفذًا</numerusform>
            <numerusform>%n منفذ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>0 مرة</numerusform>
            <numerusform>مرة واحدة</numerusform>
            <numerusform>مرتين</numerusform>
            <numerusform>%n مرات</numerusform>
            <numerusform>%n مرة</numerusform>
            <numerusform>%n مرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n framing term(s) inside quotations (is/are) credited to the speaker, not the outlet.</source>
        <translation>
            <numerusform>لم يرد أي مصطلح تأطير داخل اقتباسات.</numerusform>
            <numerusform>ورد مصطلح واحد من مصطلحات التأطير داخل اقتباسات، فنُسب إلى المتحدث لا إلى المنفذ.</numerusform>
            <numerusform>ورد مصطلحان من مصطلحات التأطير داخل اقتباسات، فنُسبا إلى المتحدث لا إلى المنفذ.</numerusform>
            <numerusform>ورد %n مصطلحات من مصطلحات التأطير داخل اقتباسات، فنُسبت إلى المتحدث لا إلى المنفذ.</numerusform>
            <numerusform>ورد %n مصطلحًا من مصطلحات التأطير داخل اقتباسات، فنُسبت إلى المتحدث لا إلى المنفذ.</numerusform>
            <numerusform>ورد %n مصطلح من مصطلحات التأطير داخل اقتباسات، فنُسبت إلى المتحدث لا إلى المنفذ.</numerusform>
        </translation>
    </message>
    <message>
        <source>This report compares {articles} from {outlets}: {names}.</source>
        <translation>يقارن هذا التقرير {articles} من {outlets}: {names}.</translation>
    </message>
    <message>
        <source>{copy} takes about {share} of its words from {source}</source>
        <translation>يأخذ مقال {copy} نحو {share} من كلماته من مقال {source}</translation>
    </message>
    <message>
        <source>, dropping the attribution {times} (e.g. {example})</source>
        <translation>، وحُذف منه الإسناد {times} (مثل {example})</translation>
    </message>
    <message>
        <source>{n} more copying relations are in the reuse matrix.</source>
        <translation>وثمة {n} من حالات النقل الأخرى في مصفوفة إعادة الاستخدام.</translation>
    </message>
    <message>
        <source>{a} and {b} share about {share} of their text; which copied from which is undecided.</source>
        <translation>يتشارك مقالا {a} و{b} نحو {share} من النص دون أن يتضح من نقل عن من.</translation>
    </message>
    <message>
        <source>No copied text was found between the articles.</source>
        <translation>لم يُعثر على نص منقول بين المقالات.</translation>
    </message>
    <message>
        <source>{names}: {word}</source>
        <translation>{word} عند {names}</translation>
    </message>
    <message>
        <source>On “{category}”: {parts}.</source>
        <translation>في فئة «{category}»: {parts}.</translation>
    </message>
    <message>
        <source>The outlets use the same dominant term in every category.</source>
        <translation>لا تختلف المنافذ في المصطلح الغالب لكل فئة.</translation>
    </message>
    <message>
        <source>When copying, {source_text} became {copy_text} ({copy} from {source}).</source>
        <translation>عند النقل استُبدلت عبارة {source_text} بعبارة {copy_text} ({copy} عن {source}).</translation>
    </message>
    <message>
        <source>{article} puts {word} in scare quotes {times}.</source>
        <translation>يضع مقال {article} {word} بين علامتي تنصيص {times}.</translation>
    </message>
</context>
<context>
    <name>ReuseFilterBar</name>
    <message>
        <source>Order: as the columns view</source>
        <translation>الترتيب: كعرض الأعمدة</translation>
    </message>
    <message>
        <source>Order: most shared first</source>
        <translation>الترتيب: الأكثر اشتراكًا أولًا</translation>
    </message>
    <message>
        <source>Outlet shown</source>
        <translation>المنفذ المعروض</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>كل المنافذ</translation>
    </message>
    <message>
        <source>Least shared share</source>
        <translation>أدنى نسبة اشتراك</translation>
    </message>
    <message>
        <source>Hide articles that share less than this with every other article</source>
        <translation>أخفِ المقالات التي تشترك مع كل مقال آخر بأقل من هذه النسبة</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>&amp;At least:</source>
        <translation>على الأ&amp;قل:</translation>
    </message>
</context>
<context>
    <name>ReuseModel</name>
    <message>
        <source>source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>ناقل</translation>
    </message>
    <message>
        <source>The row article is likely the source of the column article.</source>
        <translation>مقال الصف هو المصدر المرجَّح لمقال العمود.</translation>
    </message>
    <message>
        <source>The row article likely copied from the column article.</source>
        <translation>مقال الصف نقل على الأرجح عن مقال العمود.</translation>
    </message>
    <message>
        <source>No clear direction between the two.</source>
        <translation>لا اتجاه واضحًا بينهما.</translation>
    </message>
    <message>
        <source>{share} of {row} ({title}) appears in {column}.</source>
        <translation>{share} من {row} ({title}) موجود في {column}.</translation>
    </message>
    <message>
        <source>Click or press Enter to open the pair view.</source>
        <translation>انقر أو اضغط Enter لفتح عرض الزوج.</translation>
    </message>
</context>
<context>
    <name>ReusePanel</name>
    <message>
        <source>Text reuse matrix</source>
        <translation>مصفوفة إعادة استخدام النص</translation>
    </message>
    <message>
        <source>Each cell: share of the &lt;b&gt;row&lt;/b&gt; article&apos;s words found in the &lt;b&gt;column&lt;/b&gt; article. “{source}”: the row article is the likely source of the column one; “{copy}”: it likely copied from it. Click a cell or press Enter to open the pair view.</source>
        <translation>كل خلية: نسبة كلمات مقال &lt;b&gt;الصف&lt;/b&gt; الموجودة في مقال &lt;b&gt;العمود&lt;/b&gt;. «{source}»: مقال الصف هو المصدر المرجَّح لمقال العمود؛ «{copy}»: نقل عنه على الأرجح. انقر خلية أو اضغط Enter لفتح عرض الزوج.</translation>
    </message>
    <message>
        <source>Pairs sharing most</source>
        <translation>الأزواج الأكثر اشتراكًا</translation>
    </message>
    <message>
        <source>The pairs that share most text; Enter or click opens the pair view</source>
        <translation>الأزواج التي تشترك في أكبر قدر من النص؛ Enter أو النقر يفتح عرض الزوج</translation>
    </message>
    <message>
        <source>{share}: {row} is the likely source of {column}</source>
        <translation>{share}: {row} هو المصدر المرجَّح لـ{column}</translation>
    </message>
    <message>
        <source>{share}: {row} likely copied from {column}</source>
        <translation>{share}: {row} نقل على الأرجح عن {column}</translation>
    </message>
    <message>
        <source>{share}: {row} and {column}</source>
        <translation>{share}: {row} و{column}</translation>
    </message>
</context>
<context>
    <name>SkippedDialog</name>
    <message>
        <source>Skipped files</source>
        <translation>الملفات المتجاوَزة</translation>
    </message>
    <message>
        <source>Skipped files and why</source>
        <translation>الملفات المتجاوَزة وأسبابها</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;نسخ القائمة</translation>
    </message>
    <message>
        <source>&amp;Add the duplicates anyway</source>
        <translation>إ&amp;ضافة المكررات رغم ذلك</translation>
    </message>
    <message>
        <source>Nothing was skipped.</source>
        <translation>لم يُتجاوز شيء.</translation>
    </message>
    <message>
        <source>1 file was skipped:</source>
        <translation>تُجووز ملف واحد:</translation>
    </message>
    <message>
        <source>{n} files were skipped:</source>
        <translation>الملفات المتجاوَزة ({n}):</translation>
    </message>
    <message>
        <source>&amp;Add the duplicate anyway</source>
        <translation>إ&amp;ضافة المكرر رغم ذلك</translation>
    </message>
    <message>
        <source>&amp;Add the {n} duplicates anyway</source>
        <translation>إ&amp;ضافة المكررات ({n}) رغم ذلك</translation>
    </message>
</context>
<context>
    <name>SourceActions</name>
    <message>
        <source>Credit an &amp;outlet here…</source>
        <translation>إسناد إلى &amp;وسيلة هنا…</translation>
    </message>
    <message>
        <source>Credit an outlet at the selected words (they name the source of the article)</source>
        <translation>إسناد إلى وسيلة عند الكلمات المحدّدة (تسمّي مصدر المقال)</translation>
    </message>
</context>
<context>
    <name>SpanDialog</name>
    <message>
        <source>Adjust span</source>
        <translation>ضبط حدود المقطع</translation>
    </message>
    <message>
        <source>&amp;Start (characters):</source>
        <translation>الب&amp;داية (بالحروف):</translation>
    </message>
    <message>
        <source>&amp;End (characters):</source>
        <translation>الن&amp;هاية (بالحروف):</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>النص:</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>يجب أن تأتي النهاية بعد البداية.</translation>
    </message>
</context>
<context>
    <name>StoryList</name>
    <message>
        <source>Stories</source>
        <translation>القصص</translation>
    </message>
    <message>
        <source>Articles grouped by event; Enter or a click shows one story</source>
        <translation>المقالات مجمّعة حسب الحدث؛ Enter أو نقرة تعرض قصة واحدة</translation>
    </message>
    <message>
        <source>Story %1: %2 articles · %3</source>
        <translation>القصة %1: عدد المقالات %2 · %3</translation>
    </message>
    <message>
        <source>Outlets: %1</source>
        <translation>الوسائل: %1</translation>
    </message>
    <message>
        <source>Shared words: %1</source>
        <translation>كلمات مشتركة: %1</translation>
    </message>
    <message>
        <source>%1 stories in %2 articles</source>
        <translation>القصص: %1 · المقالات: %2</translation>
    </message>
</context>
<context>
    <name>SubstitutionsModel</name>
    <message>
        <source>Source outlet</source>
        <translation>منفذ المصدر</translation>
    </message>
    <message>
        <source>Source wording</source>
        <translation>صياغة المصدر</translation>
    </message>
    <message>
        <source>Copy wording</source>
        <translation>صياغة الناقل</translation>
    </message>
    <message>
        <source>Copy outlet</source>
        <translation>منفذ الناقل</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>المرات</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>Edit term</source>
        <translation>تعديل المصطلح</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>إضافة مصطلح</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>الم&amp;صطلح:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>المو&amp;قف:</translation>
    </message>
    <message>
        <source>&amp;Frame:</source>
        <translation>الإ&amp;طار:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>ملا&amp;حظة:</translation>
    </message>
    <message>
        <source>The term cannot be empty.</source>
        <translation>لا يمكن أن يكون المصطلح فارغًا.</translation>
    </message>
    <message>
        <source>Add to &amp;my lexicon, for every project</source>
        <translation>إضافة إلى &amp;معجمي لكل المشاريع</translation>
    </message>
    <message>
        <source>Saved in your own lexicon file instead of this project</source>
        <translation>يُحفظ في ملف معجمك بدل هذا المشروع</translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <source>Term</source>
        <translation>المصطلح</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Other forms</source>
        <translation>صيغ أخرى</translation>
    </message>
</context>
<context>
    <name>UrlDialog</name>
    <message>
        <source>Add from URL</source>
        <translation>إضافة من رابط</translation>
    </message>
    <message>
        <source>One web address a line, e.g. https://…</source>
        <translation>عنوان ويب في كل سطر، مثل https://…</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;العناوين:</translation>
    </message>
    <message>
        <source>Paste at least one web address.</source>
        <translation>الصق عنوان ويب واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Not a web address: {0}</source>
        <translation>ليس عنوان ويب: {0}</translation>
    </message>
</context>
<context>
    <name>WindowMenusMixin</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Next occurrence</source>
        <translation>الموضع ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Focus the text</source>
        <translation>التركيز على النص</translation>
    </message>
    <message>
        <source>Focus annotations</source>
        <translation>التركيز على الترميزات</translation>
    </message>
    <message>
        <source>Focus codebook</source>
        <translation>التركيز على دليل الترميز</translation>
    </message>
    <message>
        <source>Focus column chooser</source>
        <translation>التركيز على اختيار الأعمدة</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>الت&amp;حليل</translation>
    </message>
    <message>
        <source>&amp;Re-run analysis</source>
        <translation>إ&amp;عادة التحليل</translation>
    </message>
    <message>
        <source>&amp;Cancel analysis</source>
        <translation>إ&amp;لغاء التحليل</translation>
    </message>
</context>
</TS>
