<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Report written: {files} (%n PDF page(s))</source>
        <translation>
            <numerusform>Report written: {files} (%n PDF page)</numerusform>
            <numerusform>Report written: {files} (%n PDF pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {path}</source>
        <translation>
            <numerusform>Exported %n annotation to {path}</numerusform>
            <numerusform>Exported %n annotations to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unplaced annotation(s) as notes</source>
        <translation>
            <numerusform>, %n unplaced annotation as a note</numerusform>
            <numerusform>, %n unplaced annotations as notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n kept as orphan(s) to place by hand)</source>
        <translation>
            <numerusform> (%n kept as orphan to place by hand)</numerusform>
            <numerusform> (%n kept as orphans to place by hand)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-code(s)</source>
        <translation>
            <numerusform>%n sub-code</numerusform>
            <numerusform>%n sub-codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n memo(s)</source>
        <translation>
            <numerusform>with %n memo</numerusform>
            <numerusform>with %n memos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationActions</name>
    <message numerus="yes">
        <source>Coded %n character(s) as “{name}”.</source>
        <translation>
            <numerusform>Coded %n character as “{name}”.</numerusform>
            <numerusform>Coded %n characters as “{name}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Analysing %n article(s)…</source>
        <translation>
            <numerusform>Analysing %n article…</numerusform>
            <numerusform>Analysing %n articles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aligned passage(s)</source>
        <translation>
            <numerusform>%n aligned passage</numerusform>
            <numerusform>%n aligned passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n framing term(s)</source>
        <translation>
            <numerusform>%n framing term</numerusform>
            <numerusform>%n framing terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in copies</source>
        <translation>
            <numerusform>%n change in copies</numerusform>
            <numerusform>%n changes in copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n term</numerusform>
            <numerusform>%n terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationMixin</name>
    <message numerus="yes">
        <source>%n occurrence(s) of “{term}” in all articles; {shown} in the columns shown (F3: next)</source>
        <translation>
            <numerusform>%n occurrence of “{term}” in all articles; {shown} in the columns shown (F3: next)</numerusform>
            <numerusform>%n occurrences of “{term}” in all articles; {shown} in the columns shown (F3: next)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message numerus="yes">
        <source>%n aligned passage(s)</source>
        <translation>
            <numerusform>%n aligned passage</numerusform>
            <numerusform>%n aligned passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n outlet</numerusform>
            <numerusform>%n outlets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n framing term(s) inside quotations (is/are) credited to the speaker, not the outlet.</source>
        <translation>
            <numerusform>%n framing term inside quotations is credited to the speaker, not the outlet.</numerusform>
            <numerusform>%n framing terms inside quotations are credited to the speaker, not the outlet.</numerusform>
        </translation>
    </message>
</context>
</TS>
