<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>audit_command</name>
        <message numerus="yes">
            <source>wrote %Ln entry(ies) to {file}</source>
            <translation>
                <numerusform>wrote %Ln entry to {file}</numerusform>
                <numerusform>wrote %Ln entries to {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>erased %Ln closed case(s): {cases}</source>
            <translation>
                <numerusform>erased %Ln closed case: {cases}</numerusform>
                <numerusform>erased %Ln closed cases: {cases}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>deleted %Ln upgrade backup(s) that could hold it: {files}</source>
            <translation>
                <numerusform>deleted %Ln upgrade backup that could hold it: {files}</numerusform>
                <numerusform>deleted %Ln upgrade backups that could hold it: {files}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>deleted %Ln upgrade backup(s) that could hold them: {files}</source>
            <translation>
                <numerusform>deleted %Ln upgrade backup that could hold them: {files}</numerusform>
                <numerusform>deleted %Ln upgrade backups that could hold them: {files}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>could not delete %Ln upgrade backup(s) that could hold it; delete by hand: {files}</source>
            <translation>
                <numerusform>could not delete %Ln upgrade backup that could hold it; delete by hand: {files}</numerusform>
                <numerusform>could not delete %Ln upgrade backups that could hold it; delete by hand: {files}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>could not delete %Ln upgrade backup(s) that could hold them; delete by hand: {files}</source>
            <translation>
                <numerusform>could not delete %Ln upgrade backup that could hold them; delete by hand: {files}</numerusform>
                <numerusform>could not delete %Ln upgrade backups that could hold them; delete by hand: {files}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>briefing_command</name>
        <message numerus="yes">
            <source>wrote %Ln page(s) to {file}</source>
            <translation>
                <numerusform>wrote %Ln page to {file}</numerusform>
                <numerusform>wrote %Ln pages to {file}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>incidents_command</name>
        <message numerus="yes">
            <source>added %Ln demo incident(s) in {districts} districts with {agencies} agencies, {people} people and {meetings} joint meetings</source>
            <translation>
                <numerusform>added %Ln demo incident in {districts} districts with {agencies} agencies, {people} people and {meetings} joint meetings</numerusform>
                <numerusform>added %Ln demo incidents in {districts} districts with {agencies} agencies, {people} people and {meetings} joint meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>imported %Ln incident(s) from {file}</source>
            <translation>
                <numerusform>imported %Ln incident from {file}</numerusform>
                <numerusform>imported %Ln incidents from {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>exported %Ln incident(s) to {file}</source>
            <translation>
                <numerusform>exported %Ln incident to {file}</numerusform>
                <numerusform>exported %Ln incidents to {file}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>police_command</name>
        <message numerus="yes">
            <source>%Ln notice(s) in the file, {chosen} for {municipality}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} in conflict; {others} for other municipalities</source>
            <translation>
                <numerusform>%Ln notice in the file, {chosen} for {municipality}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} in conflict; {others} for other municipalities</numerusform>
                <numerusform>%Ln notices in the file, {chosen} for {municipality}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} in conflict; {others} for other municipalities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln notice(s) appear more than once: the first is used</source>
            <translation>
                <numerusform>%Ln notice appears more than once: the first is used</numerusform>
                <numerusform>%Ln notices appear more than once: the first is used</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln notice(s) whose incidents were deleted: not brought back</source>
            <translation>
                <numerusform>%Ln notice whose incident was deleted: not brought back</numerusform>
                <numerusform>%Ln notices whose incidents were deleted: not brought back</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln notice(s) announced for a time still to come: imported once it has passed</source>
            <translation>
                <numerusform>%Ln notice announced for a time still to come: imported once it has passed</numerusform>
                <numerusform>%Ln notices announced for a time still to come: imported once it has passed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln notice(s) held an identity number: masked</source>
            <translation>
                <numerusform>%Ln notice held an identity number: masked</numerusform>
                <numerusform>%Ln notices held an identity number: masked</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>roster_command</name>
        <message numerus="yes">
            <source>exported %Ln people to {file}</source>
            <translation>
                <numerusform>exported %Ln person to {file}</numerusform>
                <numerusform>exported %Ln people to {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>imported {file}: added %Ln people, updated {updated}, added {agencies} agencies</source>
            <translation>
                <numerusform>imported {file}: added %Ln person, updated {updated}, added {agencies} agencies</numerusform>
                <numerusform>imported {file}: added %Ln people, updated {updated}, added {agencies} agencies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>imported {file}: added %Ln people, updated {updated}</source>
            <translation>
                <numerusform>imported {file}: added %Ln person, updated {updated}</numerusform>
                <numerusform>imported {file}: added %Ln people, updated {updated}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wrote the contact list of %Ln joint-meeting member(s) to {file}</source>
            <translation>
                <numerusform>wrote the contact list of %Ln joint-meeting member to {file}</numerusform>
                <numerusform>wrote the contact list of %Ln joint-meeting members to {file}</numerusform>
            </translation>
        </message>
    </context>
</TS>
