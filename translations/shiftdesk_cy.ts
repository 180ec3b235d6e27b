<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>AlarmStore</name>
    <message>
        <location filename="../app/alarms/AlarmStore.cpp" line="+58"/>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Wedi&apos;i gydnabod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Investigating</source>
        <translation>Yn ymchwilio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Wedi&apos;i ddatrys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noise</source>
        <translation>Sŵn</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+3"/>
        <source>Cannot store alarm messages</source>
        <translation>Methu storio negeseuon larwm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot remove an alarm message</source>
        <translation>Methu tynnu neges larwm</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Cannot record the sync position</source>
        <translation>Methu cofnodi&apos;r safle cysoni</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot save the triage</source>
        <translation>Methu cadw&apos;r brysbennu</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+3"/>
        <source>Cannot save what was read</source>
        <translation>Methu cadw beth a ddarllenwyd</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot remember the channel</source>
        <translation>Methu cofio&apos;r sianel</translation>
    </message>
</context>
<context>
    <name>AnnounceLint</name>
    <message>
        <location filename="../app/announce/AnnounceLint.cpp" line="+30"/>
        <source>@here notifies everyone active in the channel: use it only if it is absolutely necessary.</source>
        <translation>Mae @here yn hysbysu pawb sy&apos;n weithgar yn y sianel: defnyddiwch ef dim ond os yw&apos;n gwbl angenrheidiol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>@everyone notifies every member of the workspace, even people away: use it only if it is absolutely necessary.</source>
        <translation>Mae @everyone yn hysbysu pob aelod o&apos;r gweithle, hyd yn oed pobl sydd i ffwrdd: defnyddiwch ef dim ond os yw&apos;n gwbl angenrheidiol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>@channel notifies every member of the channel, even people away: use it only if it is absolutely necessary.</source>
        <translation>Mae @channel yn hysbysu pob aelod o&apos;r sianel, hyd yn oed pobl sydd i ffwrdd: defnyddiwch ef dim ond os yw&apos;n gwbl angenrheidiol.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>**bold** shows with its asterisks in Slack: use *bold*</source>
        <translation>Mae **trwm** yn ymddangos gyda&apos;i sêr yn Slack: defnyddiwch *trwm*</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>__bold__ shows with its underscores in Slack: use *bold*</source>
        <translation>Mae __trwm__ yn ymddangos gyda&apos;i danlinellau yn Slack: defnyddiwch *trwm*</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~~strike~~ shows with its tildes in Slack: use ~strike~</source>
        <translation>Mae ~~llinell drwodd~~ yn ymddangos gyda&apos;i dildau yn Slack: defnyddiwch ~llinell drwodd~</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[text](link) shows as typed in Slack: paste the bare link, or write &lt;link|text&gt;</source>
        <translation>Mae [text](link) yn ymddangos fel y&apos;i teipiwyd yn Slack: gludwch y ddolen foel, neu ysgrifennwch &lt;link|text&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source># Heading shows with its # in Slack: use a *bold* line instead</source>
        <translation>Mae # Pennawd yn ymddangos gyda&apos;i # yn Slack: defnyddiwch linell mewn *trwm* yn lle hynny</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to post yet: write the message first.</source>
        <translation>Dim byd i&apos;w bostio eto: ysgrifennwch y neges yn gyntaf.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Say when you will next update, e.g. &quot;we will update at 1PM&quot;: the team commits to a time and keeps it.</source>
        <translation>Dywedwch pryd y byddwch yn rhoi&apos;r diweddariad nesaf, e.e. &quot;we will update at 1PM&quot;: mae&apos;r tîm yn ymrwymo i amser ac yn cadw ato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has already passed: promise a later update time.</source>
        <translation>Mae %1 eisoes wedi mynd heibio: addawwch amser diweddaru hwyrach.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Slack cuts off text over %L1 characters: shorten the message (it has %L2).</source>
        <translation>Mae Slack yn torri testun dros %L1 nod: byrhewch y neges (mae ganddi %L2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Over %L1 characters: Slack advises shorter messages; put the details in a thread reply.</source>
        <translation>Dros %L1 nod: mae Slack yn argymell negeseuon byrrach; rhowch y manylion mewn ateb yn yr edefyn.</translation>
    </message>
</context>
<context>
    <name>AnnounceStore</name>
    <message>
        <location filename="../app/announce/AnnounceStore.cpp" line="+181"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot save the draft</source>
        <translation>Methu cadw&apos;r drafft</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>it was posted or deleted meanwhile</source>
        <translation>cafodd ei bostio neu ei ddileu yn y cyfamser</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot delete the draft</source>
        <translation>Methu dileu&apos;r drafft</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot mark the draft as being posted</source>
        <translation>Methu nodi bod y drafft yn cael ei bostio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the draft no longer exists</source>
        <translation>nid yw&apos;r drafft yn bodoli mwyach</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot record the update promises</source>
        <translation>Methu cofnodi&apos;r addewidion diweddaru</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot delete the posted draft</source>
        <translation>Methu dileu&apos;r drafft a bostiwyd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot record the announcement</source>
        <translation>Methu cofnodi&apos;r cyhoeddiad</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot record the reply</source>
        <translation>Methu cofnodi&apos;r ateb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an announcement is not a reply</source>
        <translation>nid ateb yw cyhoeddiad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the announcement %1 does not exist</source>
        <translation>nid yw&apos;r cyhoeddiad %1 yn bodoli</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Cannot record the reminder</source>
        <translation>Methu cofnodi&apos;r nodyn atgoffa</translation>
    </message>
</context>
<context>
    <name>AnnounceTemplates</name>
    <message>
        <location filename="../app/announce/AnnounceTemplate.cpp" line="+136"/>
        <source>&quot;%1&quot; must be lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (up to 64)</source>
        <translation>Rhaid i &quot;%1&quot; fod yn llythrennau bach, digidau, &apos;-&apos;, &apos;_&apos; neu &apos;.&apos; (hyd at 64)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be one of %1</source>
        <translation>rhaid iddo fod yn un o %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only a &quot;choice&quot; field has choices</source>
        <translation>dim ond maes &quot;choice&quot; sydd ag opsiynau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has more than %1 choices</source>
        <translation>mae ganddo fwy na %1 opsiwn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a non-empty string of up to 100 characters</source>
        <translation>rhaid iddo fod yn llinyn nad yw&apos;n wag, hyd at 100 nod</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>Mae &quot;%1&quot; wedi&apos;i restru ddwywaith</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a time of day as HH:mm</source>
        <translation>Nid yw &quot;%1&quot; yn amser o&apos;r dydd ar ffurf HH:mm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a list of times as HH:mm, HH:mm</source>
        <translation>Nid yw &quot;%1&quot; yn rhestr o amseroedd ar ffurf HH:mm, HH:mm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not one of the choices</source>
        <translation>Nid yw &quot;%1&quot; yn un o&apos;r opsiynau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a &quot;text&quot; field has one line</source>
        <translation>un llinell sydd gan faes &quot;text&quot;</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The file is larger than %1 KiB; an announcement templates file is much smaller.</source>
        <translation>Mae&apos;r ffeil yn fwy na %1 KiB; mae ffeil templedi cyhoeddiadau yn llawer llai.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file must contain one JSON object with &quot;format&quot; and &quot;templates&quot;.</source>
        <translation>Rhaid i&apos;r ffeil gynnwys un gwrthrych JSON gyda &quot;format&quot; a &quot;templates&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>templates: has more than %1 templates</source>
        <translation>templates: mae ganddo fwy na %1 templed</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1.id: &quot;%2&quot; must be lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (up to 64)</source>
        <translation>%1.id: rhaid i &quot;%2&quot; fod yn llythrennau bach, digidau, &apos;-&apos;, &apos;_&apos; neu &apos;.&apos; (hyd at 64)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.id: &quot;%2&quot; is used by another template</source>
        <translation>%1.id: mae &quot;%2&quot; yn cael ei ddefnyddio gan dempled arall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.kind: must be one of announcement, update, resolution</source>
        <translation>%1.kind: rhaid iddo fod yn un o announcement, update, resolution</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1.fields: must be a list</source>
        <translation>%1.fields: rhaid iddo fod yn rhestr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.fields: has more than %2 fields</source>
        <translation>%1.fields: mae ganddo fwy na %2 maes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1.id: &quot;%2&quot; is used by another field</source>
        <translation>%1.id: mae &quot;%2&quot; yn cael ei ddefnyddio gan faes arall</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1.body: {%2} names no field; write {{ and }} for literal braces</source>
        <translation>%1.body: nid yw {%2} yn enwi unrhyw faes; ysgrifennwch {{ a }} ar gyfer cromfachau llythrennol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1.fields[%2].id: &quot;%3&quot; is not used in the body (write {%3})</source>
        <translation>%1.fields[%2].id: nid yw &quot;%3&quot; yn cael ei ddefnyddio yn y corff (ysgrifennwch {%3})</translation>
    </message>
</context>
<context>
    <name>AppRunner</name>
    <message>
        <location filename="../ui/shell/AppRunner.cpp" line="+62"/>
        <source>Shiftdesk: the support shift&apos;s checklist, alarms, support queue, board, announcements and handover in one window.</source>
        <translation>Shiftdesk: rhestr wirio, larymau, ciw cymorth, bwrdd, cyhoeddiadau a throsglwyddiad y shifft cymorth mewn un ffenestr.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use the profile NAME: its own settings and data (default: &quot;default&quot;).</source>
        <translation>Defnyddio&apos;r proffil NAME: ei osodiadau a&apos;i ddata ei hun (rhagosodiad: &quot;default&quot;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit as soon as the main window has painted (for start-up benchmarks).</source>
        <translation>Gadael cyn gynted ag y bydd y brif ffenestr wedi&apos;i harddangos (ar gyfer meincnodau cychwyn).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start on the demo workspace: a made-up support day on a fake Slack and GitHub inside the app, in a throw-away profile (your settings and tokens are not touched).</source>
        <translation>Dechrau ar y gweithle enghreifftiol: diwrnod cymorth dychmygol ar Slack a GitHub ffug y tu mewn i&apos;r ap, mewn proffil dros dro (ni chaiff eich gosodiadau a&apos;ch tocynnau mynediad eu cyffwrdd).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&quot;%1&quot; is not a valid profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Nid yw &quot;%1&quot; yn enw proffil dilys: defnyddiwch lythrennau, digidau, &apos;.&apos;, &apos;_&apos; a &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+23"/>
        <source>Shiftdesk cannot start</source>
        <translation>Ni all Shiftdesk gychwyn</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Shiftdesk is already running with profile &quot;%1&quot;; it was brought to the front.</source>
        <translation>Mae Shiftdesk eisoes yn rhedeg gyda&apos;r proffil &quot;%1&quot;; daethpwyd ag ef i&apos;r blaen.</translation>
    </message>
</context>
<context>
    <name>ChannelDirectory</name>
    <message>
        <location filename="../app/slack/ChannelDirectory.cpp" line="+37"/>
        <source>Cannot look up #%1: %2</source>
        <translation>Methu chwilio am #%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#%1 was not found. Check %2; a private channel is only visible once the app is invited to it.</source>
        <translation>Ni chafwyd hyd i #%1. Gwiriwch %2; dim ond ar ôl i&apos;r ap gael ei wahodd iddi y mae sianel breifat yn weladwy.</translation>
    </message>
</context>
<context>
    <name>ChecklistStore</name>
    <message>
        <location filename="../app/checklist/ChecklistStore.cpp" line="+29"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot save the checklist template</source>
        <translation>Methu cadw templed y rhestr wirio</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot start the checklist for %1</source>
        <translation>Methu dechrau&apos;r rhestr wirio ar gyfer %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot update the checklist for %1</source>
        <translation>Methu diweddaru&apos;r rhestr wirio ar gyfer %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Cannot save the tick</source>
        <translation>Methu cadw&apos;r tic</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot record the reminder</source>
        <translation>Methu cofnodi&apos;r nodyn atgoffa</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplate</name>
    <message>
        <location filename="../app/checklist/ChecklistTemplate.cpp" line="+33"/>
        <source>The file is larger than %1 KiB; a checklist template is much smaller.</source>
        <translation>Mae&apos;r ffeil yn fwy na %1 KiB; mae templed rhestr wirio yn llawer llai.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file must contain one JSON object with &quot;format&quot; and &quot;phases&quot;.</source>
        <translation>Rhaid i&apos;r ffeil gynnwys un gwrthrych JSON gyda &quot;format&quot; a &quot;phases&quot;.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+28"/>
        <source>%1.id: &quot;%2&quot; must be lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>%1.id: rhaid i &quot;%2&quot; fod yn llythrennau bach, digidau, &apos;-&apos;, &apos;_&apos; neu &apos;.&apos;</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1.id: &quot;%2&quot; is used by another phase</source>
        <translation>%1.id: mae &quot;%2&quot; yn cael ei ddefnyddio gan gam arall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.until: must be later than &quot;time&quot;</source>
        <translation>%1.until: rhaid iddo fod yn hwyrach na &quot;time&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.cover: must be true or false</source>
        <translation>%1.cover: rhaid iddo fod yn true neu false</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1.id: &quot;%2&quot; is used by another item</source>
        <translation>%1.id: mae &quot;%2&quot; yn cael ei ddefnyddio gan eitem arall</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.link: &quot;%2&quot; is not one of %3</source>
        <translation>%1.link: nid yw &quot;%2&quot; yn un o %3</translation>
    </message>
</context>
<context>
    <name>ClaimTimers</name>
    <message>
        <location filename="../app/support/ClaimTimers.cpp" line="+64"/>
        <source>Cannot record the claim: %1</source>
        <translation>Methu cofnodi&apos;r hawliad: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot remove the claim: %1</source>
        <translation>Methu tynnu&apos;r hawliad: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+20"/>
        <location line="+13"/>
        <source>Cannot read the claims: %1</source>
        <translation>Methu darllen yr hawliadau: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot record the prompt: %1</source>
        <translation>Methu cofnodi&apos;r anogiad: %1</translation>
    </message>
</context>
<context>
    <name>CoverStore</name>
    <message>
        <location filename="../app/shift/CoverStore.cpp" line="+42"/>
        <source>Cannot read the cover rota: %1</source>
        <translation>Methu darllen y rota cyflenwi: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+13"/>
        <location line="+5"/>
        <source>Cannot save the cover rota: %1</source>
        <translation>Methu cadw&apos;r rota cyflenwi: %1</translation>
    </message>
</context>
<context>
    <name>CtrlEnter</name>
    <message>
        <location filename="../ui/widgets/CtrlEnter.h" line="+24"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/core/Database.cpp" line="+46"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Methu agor y gronfa ddata %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Methu paratoi&apos;r gronfa ddata %1: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The database %1 was written by a newer Shiftdesk (schema %2, this version knows %3). Update Shiftdesk to open it.</source>
        <translation>Cafodd y gronfa ddata %1 ei hysgrifennu gan fersiwn fwy newydd o Shiftdesk (sgema %2; mae&apos;r fersiwn hon yn adnabod %3). Diweddarwch Shiftdesk i&apos;w hagor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot upgrade the database to schema %1: %2</source>
        <translation>Methu uwchraddio&apos;r gronfa ddata i sgema %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot record database schema %1: %2</source>
        <translation>Methu cofnodi sgema %1 y gronfa ddata: %2</translation>
    </message>
</context>
<context>
    <name>GitHubResult</name>
    <message>
        <location filename="../app/github/GitHubResult.cpp" line="+36"/>
        <source>missing</source>
        <translation>ar goll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid</source>
        <translation>annilys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already exists</source>
        <translation>yn bodoli eisoes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be processed</source>
        <translation>methu ei brosesu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not accepted</source>
        <translation>heb ei dderbyn</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>GitHub refused the token (401): sign in again in Preferences → GitHub.</source>
        <translation>Gwrthododd GitHub y tocyn mynediad (401): mewngofnodwch eto yn Dewisiadau → GitHub.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitHub refused %1 (403): the organisation uses single sign-on; authorize the token for it on GitHub (Settings → Applications).</source>
        <translation>Gwrthododd GitHub %1 (403): mae&apos;r sefydliad yn defnyddio mewngofnodi sengl; awdurdodwch y tocyn mynediad ar ei gyfer ar GitHub (Settings → Applications).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub refused %1 (403): the token lacks the scope %2; sign in again in Preferences → GitHub.</source>
        <translation>Gwrthododd GitHub %1 (403): nid oes gan y tocyn mynediad y cwmpas %2; mewngofnodwch eto yn Dewisiadau → GitHub.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub refused %1 (403): the token has no permission for this; check its scopes and repository access.</source>
        <translation>Gwrthododd GitHub %1 (403): nid oes gan y tocyn mynediad ganiatâd ar gyfer hyn; gwiriwch ei gwmpasau a&apos;i fynediad i&apos;r ystorfa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub refused %1 (403): %2</source>
        <translation>Gwrthododd GitHub %1 (403): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found: check the repository name, or the token cannot see this private repository (%1).</source>
        <translation>Heb ei ganfod: gwiriwch enw&apos;r ystorfa, neu ni all y tocyn mynediad weld yr ystorfa breifat hon (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>GitHub did not accept %1: %2</source>
        <translation>Ni dderbyniodd GitHub %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation failed</source>
        <translation>methodd y dilysu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>later</source>
        <translation>wedyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub&apos;s secondary rate limit (too many requests in a short time): waiting until %1.</source>
        <translation>Terfyn cyfradd eilaidd GitHub (gormod o geisiadau mewn amser byr): aros tan %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub&apos;s rate limit: waiting until %1.</source>
        <translation>Terfyn cyfradd GitHub: aros tan %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not found: %1 Check the owner and project number, or whether the token can see it.</source>
        <translation>Heb ei ganfod: %1 Gwiriwch y perchennog a rhif y prosiect, neu a all y tocyn mynediad ei weld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub refused %1: %2 The token needs the &quot;project&quot; scope (and &quot;repo&quot; for private repositories); sign in again in Preferences → GitHub.</source>
        <translation>Gwrthododd GitHub %1: %2 Mae angen y cwmpas &quot;project&quot; ar y tocyn mynediad (a &quot;repo&quot; ar gyfer ystorfeydd preifat); mewngofnodwch eto yn Dewisiadau → GitHub.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub could not do %1: %2</source>
        <translation>Methodd GitHub â gwneud %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>gwall anhysbys</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GitHub had a problem (HTTP %1) with %2; it may or may not have been done: check on GitHub before trying again.</source>
        <translation>Cafodd GitHub broblem (HTTP %1) gyda %2; efallai ei fod wedi&apos;i wneud neu beidio: gwiriwch ar GitHub cyn rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub had a problem (HTTP %1) with %2; try again later.</source>
        <translation>Cafodd GitHub broblem (HTTP %1) gyda %2; rhowch gynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub says %1 is gone (410): issues may be disabled for this repository.</source>
        <translation>Mae GitHub yn dweud bod %1 wedi mynd (410): efallai fod materion wedi&apos;u hanalluogi ar gyfer yr ystorfa hon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GitHub answered %1 with HTTP %2.</source>
        <translation>Atebodd GitHub %1 gyda HTTP %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub answered %1 with HTTP %2: %3</source>
        <translation>Atebodd GitHub %1 gyda HTTP %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to GitHub dropped during %1; it may or may not have been done: check on GitHub before trying again.</source>
        <translation>Torrodd y cysylltiad â GitHub yn ystod %1; efallai ei fod wedi&apos;i wneud neu beidio: gwiriwch ar GitHub cyn rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach GitHub (%1). Check the network connection.</source>
        <translation>Methu cyrraedd GitHub (%1). Gwiriwch y cysylltiad rhwydwaith.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub did not answer %1 in time; it may or may not have been done: check on GitHub before trying again.</source>
        <translation>Ni atebodd GitHub %1 mewn pryd; efallai ei fod wedi&apos;i wneud neu beidio: gwiriwch ar GitHub cyn rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub did not answer %1 in time.</source>
        <translation>Ni atebodd GitHub %1 mewn pryd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub sent an answer to %1 that Shiftdesk cannot read; this is usually a temporary problem on GitHub&apos;s side or a proxy in between.</source>
        <translation>Anfonodd GitHub ateb i %1 na all Shiftdesk ei ddarllen; problem dros dro ar ochr GitHub neu ddirprwy yn y canol yw hyn fel arfer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was cancelled.</source>
        <translation>Cafodd %1 ei ddiddymu.</translation>
    </message>
</context>
<context>
    <name>HandoverBuilder</name>
    <message>
        <location filename="../app/handover/HandoverBuilder.cpp" line="+45"/>
        <source> in #%1</source>
        <translation> yn #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · firing since %1</source>
        <translation> · yn tanio ers %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · firing</source>
        <translation> · yn tanio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · resolved in Slack at %1</source>
        <translation> · wedi&apos;i ddatrys yn Slack am %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> · not triaged</source>
        <translation> · heb ei frysbennu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ticket</source>
        <translation>tocyn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> · announced %1</source>
        <translation> · cyhoeddwyd %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (overdue)</source>
        <translation> (dros amser)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · update promised at %1</source>
        <translation> · addawyd diweddariad am %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unassigned</source>
        <translation>heb ei aseinio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> · asked %1</source>
        <translation> · gofynnwyd %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · claimed by %1</source>
        <translation> · wedi&apos;i hawlio gan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · nobody on it yet</source>
        <translation> · neb arno eto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>_Nothing_</source>
        <translation>_Dim byd_</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alarms still firing or unresolved</source>
        <translation>Larymau sy&apos;n dal i danio neu heb eu datrys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents in progress</source>
        <translation>Digwyddiadau ar y gweill</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned work</source>
        <translation>Gwaith wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickets in progress</source>
        <translation>Tocynnau ar y gweill</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support requests still unanswered</source>
        <translation>Ceisiadau am gymorth sy&apos;n dal heb eu hateb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist items left open</source>
        <translation>Eitemau&apos;r rhestr wirio sydd ar agor o hyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+41"/>
        <source>Handover to on-call · %1</source>
        <translation>Trosglwyddiad i&apos;r peiriannydd ar alwad · %1</translation>
    </message>
</context>
<context>
    <name>HandoverStore</name>
    <message>
        <location filename="../app/handover/HandoverStore.cpp" line="+93"/>
        <source>%1 (direct message)</source>
        <translation>%1 (neges uniongyrchol)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+31"/>
        <location line="+10"/>
        <source>Cannot save the handover</source>
        <translation>Methu cadw&apos;r trosglwyddiad</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+2"/>
        <source>Cannot record the handover as posted</source>
        <translation>Methu cofnodi bod y trosglwyddiad wedi&apos;i bostio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it is no longer stored</source>
        <translation>nid yw wedi&apos;i storio mwyach</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot remove the handover</source>
        <translation>Methu tynnu&apos;r trosglwyddiad</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot read the handovers</source>
        <translation>Methu darllen y trosglwyddiadau</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot mark the overnight handover read</source>
        <translation>Methu nodi bod y trosglwyddiad dros nos wedi&apos;i ddarllen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot save the handover draft</source>
        <translation>Methu cadw drafft y trosglwyddiad</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot remove the handover draft</source>
        <translation>Methu tynnu drafft y trosglwyddiad</translation>
    </message>
</context>
<context>
    <name>IssueTemplate</name>
    <message>
        <location filename="../app/github/IssueTemplate.cpp" line="+310"/>
        <source>line 1: no YAML front matter (the file must start with a &quot;---&quot; line)</source>
        <translation>llinell 1: dim pennawd YAML (rhaid i&apos;r ffeil ddechrau gyda llinell &quot;---&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line 1: the front matter is not closed by a &quot;---&quot; line</source>
        <translation>llinell 1: nid yw&apos;r pennawd wedi&apos;i gau gan linell &quot;---&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: the front matter is not a list of &quot;key: value&quot; lines</source>
        <translation>llinell %1: nid yw&apos;r pennawd yn rhestr o linellau &quot;key: value&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: &quot;%2&quot; must be text</source>
        <translation>llinell %1: rhaid i &quot;%2&quot; fod yn destun</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>line %1: %2</source>
        <translation>llinell %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line 1: the front matter has no &quot;name&quot;</source>
        <translation>llinell 1: nid oes &quot;name&quot; yn y pennawd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: the name &quot;%2&quot; is too short (GitHub needs more than 3 characters)</source>
        <translation>llinell %1: mae&apos;r enw &quot;%2&quot; yn rhy fyr (mae angen mwy na 3 nod ar GitHub)</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <location filename="../app/core/JsonReader.cpp" line="+31"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line %1, column %2: %3 (not valid JSON)</source>
        <translation>Llinell %1, colofn %2: %3 (nid yw&apos;n JSON dilys)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>disgwyl &quot;%1&quot;, cafwyd &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected %1</source>
        <translation>disgwyl %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an object</source>
        <translation>rhaid iddo fod yn wrthrych</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a non-empty list</source>
        <translation>rhaid iddo fod yn rhestr nad yw&apos;n wag</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is required</source>
        <translation>mae ei angen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <source>must be a string</source>
        <translation>rhaid iddo fod yn llinyn</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+30"/>
        <source>must not be empty</source>
        <translation>ni all fod yn wag</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+30"/>
        <source>is longer than %1 characters</source>
        <translation>mae&apos;n hwy na %1 nod</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>must be true or false</source>
        <translation>rhaid iddo fod yn true neu false</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; is not a time of day as HH:mm</source>
        <translation>Nid yw &quot;%1&quot; yn amser o&apos;r dydd ar ffurf HH:mm</translation>
    </message>
</context>
<context>
    <name>PostOutcome</name>
    <message>
        <location filename="../app/announce/AnnouncePoster.cpp" line="+31"/>
        <source>the thread in %1</source>
        <translation>yr edefyn yn %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Not posted: Slack is limiting how fast messages are posted. Try again in %n second(s); your draft is kept.</source>
        <translation>
            <numerusform>Heb ei bostio: mae Slack yn cyfyngu ar ba mor gyflym y caiff negeseuon eu postio. Rhowch gynnig arall arni ymhen %n eiliad; mae eich drafft wedi&apos;i gadw.</numerusform>
            <numerusform>Heb ei bostio: mae Slack yn cyfyngu ar ba mor gyflym y caiff negeseuon eu postio. Rhowch gynnig arall arni ymhen %n eiliad; mae eich drafft wedi&apos;i gadw.</numerusform>
            <numerusform>Heb ei bostio: mae Slack yn cyfyngu ar ba mor gyflym y caiff negeseuon eu postio. Rhowch gynnig arall arni ymhen %n eiliad; mae eich drafft wedi&apos;i gadw.</numerusform>
            <numerusform>Heb ei bostio: mae Slack yn cyfyngu ar ba mor gyflym y caiff negeseuon eu postio. Rhowch gynnig arall arni ymhen %n eiliad; mae eich drafft wedi&apos;i gadw.</numerusform>
            <numerusform>Heb ei bostio: mae Slack yn cyfyngu ar ba mor gyflym y caiff negeseuon eu postio. Rhowch gynnig arall arni ymhen %n eiliad; mae eich drafft wedi&apos;i gadw.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: Slack is limiting how fast messages are posted. Try again in a minute; your draft is kept.</source>
        <translation>Heb ei bostio: mae Slack yn cyfyngu ar ba mor gyflym y caiff negeseuon eu postio. Rhowch gynnig arall arni ymhen munud; mae eich drafft wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: the app is not a member of %1. Type /invite @your-app in the channel, then post again; your draft is kept.</source>
        <translation>Heb ei bostio: nid yw&apos;r ap yn aelod o %1. Teipiwch /invite @your-app yn y sianel, yna postiwch eto; mae eich drafft wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: %1 was not found. Check the announcement channel in Preferences → Slack; your draft is kept.</source>
        <translation>Heb ei bostio: ni chafwyd hyd i %1. Gwiriwch y sianel gyhoeddiadau yn Dewisiadau → Slack; mae eich drafft wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: %1 is archived; your draft is kept.</source>
        <translation>Heb ei bostio: mae %1 wedi&apos;i harchifo; mae eich drafft wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: the announcement&apos;s thread no longer exists in Slack (it may have been deleted); your draft is kept.</source>
        <translation>Heb ei bostio: nid yw edefyn y cyhoeddiad yn bodoli yn Slack mwyach (efallai ei fod wedi&apos;i ddileu); mae eich drafft wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not posted: %1 Your draft is kept.</source>
        <translation>Heb ei bostio: %1 Mae eich drafft wedi&apos;i gadw.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/core/Profile.cpp" line="+45"/>
        <source>Cannot create the folder %1.</source>
        <translation>Methu creu&apos;r ffolder %1.</translation>
    </message>
</context>
<context>
    <name>ShiftSchedule</name>
    <message>
        <location filename="../app/shift/ShiftSchedule.cpp" line="+75"/>
        <source>Outside working hours</source>
        <translation>Y tu allan i oriau gwaith</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start of day</source>
        <translation>Dechrau&apos;r dydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support hours</source>
        <translation>Oriau cymorth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of day</source>
        <translation>Diwedd y dydd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1d %2h</source>
        <translation>%1d %2a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1h %2m</source>
        <translation>%1a %2m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1s</source>
        <translation>%1e</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outside working hours · on-call covers high-priority incidents</source>
        <translation>Y tu allan i oriau gwaith · y peiriannydd ar alwad sy&apos;n ymdrin â digwyddiadau blaenoriaeth uchel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside working hours · on-call covers high-priority incidents · working hours start in %1</source>
        <translation>Y tu allan i oriau gwaith · y peiriannydd ar alwad sy&apos;n ymdrin â digwyddiadau blaenoriaeth uchel · oriau gwaith yn dechrau ymhen %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start of day · support hours start in %1</source>
        <translation>Dechrau&apos;r dydd · oriau cymorth yn dechrau ymhen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support hours · %1 left</source>
        <translation>Oriau cymorth · %1 ar ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of day · hand over to on-call in %1</source>
        <translation>Diwedd y dydd · trosglwyddo i&apos;r peiriannydd ar alwad ymhen %1</translation>
    </message>
</context>
<context>
    <name>SlackResult</name>
    <message>
        <location filename="../app/slack/SlackResult.cpp" line="+43"/>
        <source>Slack is rate-limiting %1; Shiftdesk waits %2 s before calling it again.</source>
        <translation>Mae Slack yn cyfyngu ar gyfradd %1; mae Shiftdesk yn aros %2 eiliad cyn ei alw eto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slack is rate-limiting %1; Shiftdesk waits before calling it again.</source>
        <translation>Mae Slack yn cyfyngu ar gyfradd %1; mae Shiftdesk yn aros cyn ei alw eto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slack answered %1 with HTTP %2. It may be having problems; Shiftdesk will try again.</source>
        <translation>Atebodd Slack %1 gyda HTTP %2. Efallai ei fod yn cael problemau; bydd Shiftdesk yn rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to Slack dropped during %1; it may or may not have been done.</source>
        <translation>Torrodd y cysylltiad â Slack yn ystod %1; efallai ei fod wedi&apos;i wneud neu beidio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach Slack (%1). Check the network connection.</source>
        <translation>Methu cyrraedd Slack (%1). Gwiriwch y cysylltiad rhwydwaith.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slack did not answer %1 in time; it may or may not have been done.</source>
        <translation>Ni atebodd Slack %1 mewn pryd; efallai ei fod wedi&apos;i wneud neu beidio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slack did not answer %1 in time.</source>
        <translation>Ni atebodd Slack %1 mewn pryd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slack sent an answer to %1 that is not valid (not its usual JSON); this is usually a temporary problem on Slack&apos;s side or a proxy in between.</source>
        <translation>Anfonodd Slack ateb i %1 nad yw&apos;n ddilys (nid ei JSON arferol); problem dros dro ar ochr Slack neu ddirprwy yn y canol yw hyn fel arfer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was cancelled.</source>
        <translation>Cafodd %1 ei ddiddymu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slack did not accept the token (invalid_auth). Check it in Preferences → Slack.</source>
        <translation>Ni dderbyniodd Slack y tocyn mynediad (invalid_auth). Gwiriwch ef yn Dewisiadau → Slack.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Slack token is set. Add one in Preferences → Slack.</source>
        <translation>Nid oes tocyn mynediad Slack wedi&apos;i osod. Ychwanegwch un yn Dewisiadau → Slack.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Slack token was revoked. Create a new one and enter it in Preferences → Slack.</source>
        <translation>Cafodd y tocyn mynediad Slack ei ddirymu. Crëwch un newydd a&apos;i roi yn Dewisiadau → Slack.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Slack token has expired. Enter a new one in Preferences → Slack.</source>
        <translation>Mae&apos;r tocyn mynediad Slack wedi dod i ben. Rhowch un newydd yn Dewisiadau → Slack.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Slack token belongs to a deleted user or workspace.</source>
        <translation>Mae&apos;r tocyn mynediad Slack yn perthyn i ddefnyddiwr neu weithle sydd wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Slack app lacks a permission (scope) that %1 needs. Add it in the app&apos;s OAuth settings and reinstall the app.</source>
        <translation>Nid oes gan ap Slack ganiatâd (cwmpas) sydd ei angen ar %1. Ychwanegwch ef yng ngosodiadau OAuth yr ap ac ailosodwch yr ap.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Slack app lacks the scope %1 (it has: %2). Add it in the app&apos;s OAuth settings and reinstall the app.</source>
        <translation>Nid oes gan ap Slack y cwmpas %1 (mae ganddo: %2). Ychwanegwch ef yng ngosodiadau OAuth yr ap ac ailosodwch yr ap.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Slack app is not a member of that channel. In Slack, open the channel and type /invite @your-app-name.</source>
        <translation>Nid yw ap Slack yn aelod o&apos;r sianel honno. Yn Slack, agorwch y sianel a theipiwch /invite @your-app-name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slack does not know that channel, or it is private and the app is not in it.</source>
        <translation>Nid yw Slack yn adnabod y sianel honno, neu mae&apos;n breifat ac nid yw&apos;r ap ynddi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That channel is archived.</source>
        <translation>Mae&apos;r sianel honno wedi&apos;i harchifo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is too long for Slack.</source>
        <translation>Mae&apos;r neges yn rhy hir i Slack.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is empty.</source>
        <translation>Mae&apos;r neges yn wag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That reaction is already there.</source>
        <translation>Mae&apos;r adwaith hwnnw yno eisoes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slack refused %1: %2</source>
        <translation>Gwrthododd Slack %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown error</source>
        <translation>gwall anhysbys</translation>
    </message>
</context>
<context>
    <name>SupportRequest</name>
    <message>
        <location filename="../app/support/SupportRequest.cpp" line="+31"/>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claimed</source>
        <translation>Wedi&apos;i hawlio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered</source>
        <translation>Wedi&apos;i ateb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticketed</source>
        <translation>Tocyn wedi&apos;i godi</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../ui/announce/TimeText.h" line="+31"/>
        <source>yesterday %1</source>
        <translation>ddoe %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <location filename="../app/net/UrlPolicy.cpp" line="+24"/>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>Nid yw &quot;%1&quot; yn URL dilys.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not contain a user name or password.</source>
        <translation>Ni ddylai&apos;r URL gynnwys enw defnyddiwr na chyfrinair.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only https:// addresses are allowed (plain http:// only on this machine), so tokens never travel unencrypted: %1</source>
        <translation>Dim ond cyfeiriadau https:// a ganiateir (http:// plaen ar y peiriant hwn yn unig), fel nad yw tocynnau mynediad byth yn teithio heb eu hamgryptio: %1</translation>
    </message>
</context>
<context>
    <name>shiftdesk::AlarmDelegate</name>
    <message>
        <location filename="../ui/alarms/AlarmDelegate.cpp" line="+31"/>
        <source>%1s</source>
        <translation>%1e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1h %2m</source>
        <translation>%1a %2m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1d %2h</source>
        <translation>%1d %2a</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>just now</source>
        <translation>gynnau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>%1 yn ôl</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 (%2 alerts)</source>
        <translation>%1 (%2 rhybudd)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>FIRING for %1</source>
        <translation>YN TANIO ers %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resolved after %1</source>
        <translation>wedi&apos;i ddatrys ar ôl %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 looking</source>
        <translation>%1 yn edrych</translation>
    </message>
</context>
<context>
    <name>shiftdesk::AlarmDetail</name>
    <message>
        <location filename="../ui/alarms/AlarmDetail.cpp" line="+33"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Cydnabod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Investigating</source>
        <translation>Yn &amp;ymchwilio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;solved</source>
        <translation>Wedi&apos;i &amp;ddatrys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Noise</source>
        <translation>&amp;Sŵn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise &amp;ticket…</source>
        <translation>Codi &amp;tocyn…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alarm messages</source>
        <translation>Negeseuon larwm</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Acknowledge: adds the :eyes: reaction in Slack so teammates see you are on it</source>
        <translation>Cydnabod: yn ychwanegu&apos;r adwaith :eyes: yn Slack fel bod eich cydweithwyr yn gweld eich bod yn delio ag ef</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Triage note</source>
        <translation>Nodyn brysbennu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the team (saved as you type)</source>
        <translation>Nodyn i&apos;r tîm (yn cael ei gadw wrth i chi deipio)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked ticket URL</source>
        <translation>URL y tocyn cysylltiedig</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Raise a support ticket on GitHub with this alarm&apos;s Slack link and text</source>
        <translation>Codi tocyn cymorth ar GitHub gyda dolen Slack a thestun y larwm hwn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note:</source>
        <translation>Nodyn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket:</source>
        <translation>Tocyn:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Enter a web address (https://…).</source>
        <translation>Rhowch gyfeiriad gwe (https://…).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No alarm selected</source>
        <translation>Dim larwm wedi&apos;i ddewis</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>firing for %1</source>
        <translation>yn tanio ers %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resolved after %1</source>
        <translation>wedi&apos;i ddatrys ar ôl %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>severity %1</source>
        <translation>difrifoldeb %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> by %1</source>
        <translation> gan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 looking</source>
        <translation>%1 yn edrych</translation>
    </message>
</context>
<context>
    <name>shiftdesk::AlarmFeed</name>
    <message>
        <location filename="../app/alarms/AlarmFeed.cpp" line="+189"/>
        <source>you</source>
        <translation>chi</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>#%1 was not found. Check the name in Preferences → Slack; a private channel is only visible once the app is invited to it.</source>
        <translation>Ni chafwyd hyd i #%1. Gwiriwch yr enw yn Dewisiadau → Slack; dim ond ar ôl i&apos;r ap gael ei wahodd iddi y mae sianel breifat yn weladwy.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The Slack app is not in #%1: open the channel in Slack and type /invite @your-app-name.</source>
        <translation>Nid yw ap Slack yn #%1: agorwch y sianel yn Slack a theipiwch /invite @your-app-name.</translation>
    </message>
    <message>
        <location filename="../app/alarms/AlarmFeedActions.cpp" line="+39"/>
        <source>Acknowledged here; Slack is not connected, so teammates do not see the :eyes: reaction yet.</source>
        <translation>Wedi&apos;i gydnabod yma; nid yw Slack wedi cysylltu, felly nid yw aelodau&apos;r tîm yn gweld yr adwaith :eyes: eto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Acknowledged here, but the :eyes: reaction could not be added in Slack: %1</source>
        <translation>Wedi&apos;i gydnabod yma, ond nid oedd modd ychwanegu&apos;r adwaith :eyes: yn Slack: %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Loading the alarms cached on this computer…</source>
        <translation>Wrthi&apos;n llwytho&apos;r larymau a storiwyd ar y cyfrifiadur hwn…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>erioed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Live from Slack (Socket Mode) · last full sync %1</source>
        <translation>Yn fyw o Slack (Socket Mode) · cysoniad llawn diwethaf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live connection down; checking Slack every %1 s · last sync %2</source>
        <translation>Y cysylltiad byw i lawr; yn gwirio Slack bob %1 eiliad · cysoniad diwethaf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking Slack every %1 s · last sync %2</source>
        <translation>Yn gwirio Slack bob %1 eiliad · cysoniad diwethaf %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slack is not connected; showing alarms cached until %1.</source>
        <translation>Nid yw Slack wedi cysylltu; yn dangos larymau a storiwyd hyd at %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect Slack to see alarms (Preferences → Slack).</source>
        <translation>Cysylltwch Slack i weld larymau (Dewisiadau → Slack).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — showing alarms cached until %2.</source>
        <translation>%1 — yn dangos larymau a storiwyd hyd at %2.</translation>
    </message>
</context>
<context>
    <name>shiftdesk::AlarmModel</name>
    <message>
        <location filename="../app/alarms/AlarmModel.cpp" line="+159"/>
        <source>%1 in #%2, %3, %4</source>
        <translation>%1 yn #%2, %3, %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>firing</source>
        <translation>yn tanio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resolved</source>
        <translation>wedi&apos;i ddatrys</translation>
    </message>
</context>
<context>
    <name>shiftdesk::AlarmsPage</name>
    <message>
        <location filename="../ui/alarms/AlarmsPage.cpp" line="+34"/>
        <source>&amp;Unread only</source>
        <translation>&amp;Heb eu darllen yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark all read</source>
        <translation>&amp;Marcio&apos;r cyfan fel wedi&apos;u darllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation>Cysoni &amp;nawr</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Channel filter</source>
        <translation>Hidlydd sianel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State filter</source>
        <translation>Hidlydd cyflwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>Pob cyflwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firing</source>
        <translation>Yn tanio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Angen sylw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Wedi&apos;u datrys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity filter</source>
        <translation>Hidlydd difrifoldeb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search alarms</source>
        <translation>Chwilio larymau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search alarms, labels, notes…</source>
        <translation>Chwilio larymau, labeli, nodiadau…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Alarm feed</source>
        <translation>Ffrwd larymau</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Connect Slack to see alarms</source>
        <translation>Cysylltwch Slack i weld larymau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shiftdesk follows the alarm channels (#high-priority-alarms and #low-priority-alarms by default) as a live feed you can triage. It needs a Slack app&apos;s bot token with the scopes channels:read, groups:read, channels:history, groups:history, users:read, reactions:write and chat:write, and the app invited to those channels. An app-level token (xapp-…) adds live updates through Socket Mode.</source>
        <translation>Mae Shiftdesk yn dilyn sianeli&apos;r larymau (#high-priority-alarms a #low-priority-alarms yn ddiofyn) fel ffrwd fyw y gallwch ei brysbennu. Mae angen tocyn mynediad bot ap Slack arno gyda&apos;r cwmpasau channels:read, groups:read, channels:history, groups:history, users:read, reactions:write a chat:write, a&apos;r ap wedi&apos;i wahodd i&apos;r sianeli hynny. Mae tocyn mynediad lefel ap (xapp-…) yn ychwanegu diweddariadau byw drwy Socket Mode.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connect Slack…</source>
        <translation>Cysylltu Slack…</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>All channels</source>
        <translation>Pob sianel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All severities</source>
        <translation>Pob difrifoldeb</translation>
    </message>
</context>
<context>
    <name>shiftdesk::AnnouncePage</name>
    <message>
        <location filename="../ui/announce/AnnouncePage.cpp" line="+39"/>
        <source>Update</source>
        <translation>Diweddariad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Datrysiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcement</source>
        <translation>Cyhoeddiad</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;New announcement</source>
        <translation>Cyhoeddiad &amp;newydd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drafts</source>
        <translation>Drafftiau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · saved %1</source>
        <translation> · cadwyd %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · post interrupted</source>
        <translation> · torrwyd ar draws y postio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show announcements</source>
        <translation>Dangos cyhoeddiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Wedi&apos;u datrys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Pob un</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Announcements</source>
        <translation>Cyhoeddiadau</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Drafts</source>
        <translation>&amp;Drafftiau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Announcements</source>
        <translation>&amp;Cyhoeddiadau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;h3&gt;Announcements&lt;/h3&gt;&lt;p&gt;Start one with &lt;b&gt;New announcement&lt;/b&gt;: planned maintenance or an incident. The preview shows it exactly as Slack will, the warnings catch what Slack would show literally, and every update time you promise becomes a reminder.&lt;/p&gt;&lt;p&gt;Updates and the resolution go in the announcement&apos;s thread: select it under &lt;i&gt;Announcements&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cyhoeddiadau&lt;/h3&gt;&lt;p&gt;Dechreuwch un gyda &lt;b&gt;Cyhoeddiad newydd&lt;/b&gt;: gwaith cynnal a chadw wedi&apos;i gynllunio neu ddigwyddiad. Mae&apos;r rhagolwg yn ei ddangos yn union fel y bydd Slack yn ei wneud, mae&apos;r rhybuddion yn dal yr hyn y byddai Slack yn ei ddangos yn llythrennol, ac mae pob amser diweddaru rydych yn ei addo yn troi&apos;n nodyn atgoffa.&lt;/p&gt;&lt;p&gt;Mae diweddariadau a&apos;r datrysiad yn mynd yn edefyn y cyhoeddiad: dewiswch ef o dan &lt;i&gt;Cyhoeddiadau&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Draft discarded.</source>
        <translation>Taflwyd y drafft.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Open in Slack</source>
        <translation>Agor yn Slack</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import announcement templates</source>
        <translation>Mewnforio templedi cyhoeddiadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Announcement templates (*.json);;All files (*)</source>
        <translation>Templedi cyhoeddiadau (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Templates not imported</source>
        <translation>Ni fewnforiwyd y templedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not imported; the current templates stay in use.

%2</source>
        <translation>Ni fewnforiwyd %1; mae&apos;r templedi presennol yn dal i gael eu defnyddio.

%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported the announcement templates from %1.</source>
        <translation>Mewnforiwyd y templedi cyhoeddiadau o %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export announcement templates</source>
        <translation>Allforio templedi cyhoeddiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcement templates (*.json)</source>
        <translation>Templedi cyhoeddiadau (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Templates not exported</source>
        <translation>Ni allforiwyd y templedi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported the announcement templates to %1.</source>
        <translation>Allforiwyd y templedi cyhoeddiadau i %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset the announcement templates</source>
        <translation>Ailosod y templedi cyhoeddiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the announcement templates with Shiftdesk&apos;s defaults? Drafts keep their text. Export the current templates first if you want to keep them.</source>
        <translation>Rhoi templedi diofyn Shiftdesk yn lle&apos;r templedi cyhoeddiadau? Bydd drafftiau&apos;n cadw eu testun. Allforiwch y templedi presennol yn gyntaf os ydych am eu cadw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Templates not reset</source>
        <translation>Ni ailosodwyd y templedi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The announcement templates are Shiftdesk&apos;s defaults again.</source>
        <translation>Mae&apos;r templedi cyhoeddiadau yn dempledi diofyn Shiftdesk eto.</translation>
    </message>
</context>
<context>
    <name>shiftdesk::AnnouncePoster</name>
    <message>
        <location filename="../app/announce/AnnouncePoster.cpp" line="+80"/>
        <source>A post of this draft was interrupted, and looking for it in %1 failed (%2). Look in %1 before posting it again.</source>
        <translation>Torrwyd ar draws postio&apos;r drafft hwn, a methodd chwilio amdano yn %1 (%2). Edrychwch yn %1 cyn ei bostio eto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slack&apos;s answer was lost, so it is not certain the message was posted, and looking for it in %1 failed too (%2). Look in %1 before posting again.</source>
        <translation>Collwyd ateb Slack, felly nid yw&apos;n sicr a gafodd y neges ei phostio, a methodd chwilio amdani yn %1 hefyd (%2). Edrychwch yn %1 cyn postio eto.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A post of this draft was interrupted; it is not in %1, so it can be posted.</source>
        <translation>Torrwyd ar draws postio&apos;r drafft hwn; nid yw yn %1, felly gellir ei bostio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slack&apos;s answer was lost (%1), and the message is not in %2: it was not posted. Your draft is kept; you can post it again.</source>
        <translation>Collwyd ateb Slack (%1), ac nid yw&apos;r neges yn %2: ni chafodd ei phostio. Mae eich drafft wedi&apos;i gadw; gallwch ei bostio eto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Slack&apos;s answer was lost, but the message is in %1: it was posted once.</source>
        <translation>Collwyd ateb Slack, ond mae&apos;r neges yn %1: cafodd ei phostio unwaith.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Posted to %1.</source>
        <translation>Postiwyd i %1.</translation>
    </message>
</context>
<context>
    <name>shiftdesk::AnnounceService</name>
    <message>
        <location filename="../app/announce/AnnounceService.cpp" line="+57"/>
        <source>cannot read %1</source>
        <translation>methu darllen %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The announcement templates file is damaged (%1); the built-in templates are used.</source>
        <translation>Mae ffeil templedi&apos;r cyhoeddiadau wedi&apos;i difrodi (%1); defnyddir y templedi adeiledig.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot save the templates: %1</source>
        <translation>Methu cadw&apos;r templedi: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot remove %1</source>
        <translation>Methu dileu %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>Methu darllen %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>no announcement (it was removed)</source>
        <translation>dim cyhoeddiad (cafodd ei ddileu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the thread of “%1” in #%2</source>
        <translation>edefyn “%1” yn #%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, also sent to the channel</source>
        <translation>%1, hefyd wedi&apos;i anfon i&apos;r sianel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slack is not set up: add a token in Preferences → Slack.</source>
        <translation>Nid yw Slack wedi&apos;i osod: ychwanegwch docyn mynediad yn Dewisiadau → Slack.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slack is not connected: %1</source>
        <translation>Nid yw Slack wedi cysylltu: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the announcement channel in Preferences → Slack</source>
        <translation>y sianel gyhoeddiadau yn Dewisiadau → Slack</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Another post is in progress.</source>
        <translation>Mae postiad arall ar y gweill.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The draft no longer exists.</source>
        <translation>Nid yw&apos;r drafft yn bodoli mwyach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+31"/>
        <source>Not posted: %1 Your draft is kept.</source>
        <translation>Heb ei bostio: %1 Mae eich drafft wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Not posted: fix the problems marked in red first.</source>
        <translation>Heb ei bostio: cywirwch y problemau sydd wedi&apos;u marcio&apos;n goch yn gyntaf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not posted: the announcement this draft replies to is gone.</source>
        <translation>Heb ei bostio: mae&apos;r cyhoeddiad y mae&apos;r drafft hwn yn ateb iddo wedi mynd.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 But it could not be recorded here (%2); posting this draft again first looks for it in Slack.</source>
        <translation>%1 Ond nid oedd modd ei gofnodi yma (%2); bydd postio&apos;r drafft hwn eto yn chwilio amdano yn Slack yn gyntaf.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not posted: the draft could not be saved first (%1).</source>
        <translation>Heb ei bostio: nid oedd modd cadw&apos;r drafft yn gyntaf (%1).</translation>
    </message>
</context>
<context>
    <name>shiftdesk::AnnouncementModel</name>
    <message>
        <location filename="../app/announce/AnnouncementModel.cpp" line="+108"/>
        <source>%1 %2</source>
        <comment>weekday and time of a promise</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>overdue</source>
        <comment>update promise</comment>
        <translation>dros amser</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>missed</source>
        <comment>update promise</comment>
        <translation>wedi&apos;i fethu</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>open</source>
        <comment>update promise</comment>
        <translation>agored</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kept</source>
        <comment>update promise</comment>
        <translation>wedi&apos;i gadw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>late</source>
        <comment>update promise</comment>
        <translation>hwyr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cancelled</source>
        <comment>update promise</comment>
        <translation>wedi&apos;i ddiddymu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <comment>time and state of a promise</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Untitled announcement</source>
        <translation>Cyhoeddiad heb deitl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>shiftdesk::AnnouncementView</name>
    <message>
        <location filename="../ui/announce/AnnouncementView.cpp" line="+27"/>
        <source>kept</source>
        <translation>wedi&apos;i gadw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>late</source>
        <translation>hwyr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missed</source>
        <translation>wedi&apos;i fethu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not needed (resolved)</source>
        <translation>dim angen (wedi&apos;i ddatrys)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open</source>
        <translation>agored</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due soon</source>
        <translation>yn ddyledus cyn bo hir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due now</source>
        <translation>yn ddyledus nawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+93"/>
        <source>OVERDUE</source>
        <translation>DROS AMSER</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+92"/>
        <source>MISSED so far</source>
        <translation>WEDI&apos;I FETHU hyd yma</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Write &amp;update</source>
        <translation>&amp;Ysgrifennu diweddariad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve…</source>
        <translation>D&amp;atrys…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in &amp;Slack</source>
        <translation>Agor yn &amp;Slack</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The announcement&apos;s thread</source>
        <translation>Edefyn y cyhoeddiad</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This announcement is gone</source>
        <translation>Mae&apos;r cyhoeddiad hwn wedi mynd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Posted %1 in #%2</source>
        <translation>Postiwyd %1 yn #%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · resolved %1</source>
        <translation> · datryswyd %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · open</source>
        <translation> · agored</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No update promised.</source>
        <translation>Dim diweddariad wedi&apos;i addo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update promises: %1</source>
        <translation>Addewidion diweddaru: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · resolution</source>
        <translation>%1 · datrysiad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · update</source>
        <translation>%1 · diweddariad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · also sent to the channel</source>
        <translation> · hefyd wedi&apos;i anfon i&apos;r sianel</translation>
    </message>
</context>
<context>
    <name>shiftdesk::AppSession</name>
    <message>
        <location filename="../ui/shell/AppSession.cpp" line="+47"/>
        <source>Shiftdesk cannot open its data: %1</source>
        <translation>Ni all Shiftdesk agor ei ddata: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shiftdesk cannot start the checklist: %1</source>
        <translation>Ni all Shiftdesk ddechrau&apos;r rhestr wirio: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shiftdesk cannot start the demo workspace: %1</source>
        <translation>Ni all Shiftdesk ddechrau&apos;r gweithle enghreifftiol: %1</translation>
    </message>
</context>
<context>
    <name>shiftdesk::BoardColumnView</name>
    <message>
        <location filename="../ui/board/BoardColumnView.cpp" line="+94"/>
        <source>Column %1</source>
        <translation>Colofn %1</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source> · %n unassigned</source>
        <translation>
            <numerusform> · %n heb eu haseinio</numerusform>
            <numerusform> · %n heb ei aseinio</numerusform>
            <numerusform> · %n heb eu haseinio</numerusform>
            <numerusform> · %n heb eu haseinio</numerusform>
            <numerusform> · %n heb eu haseinio</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shiftdesk::BoardPage</name>
    <message>
        <location filename="../ui/board/BoardPage.cpp" line="+28"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New support ticket…</source>
        <translation>&amp;Tocyn cymorth newydd…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter: number, words, label or person</source>
        <translation>Hidlo: rhif, geiriau, label neu berson</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter cards</source>
        <translation>Hidlo cardiau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Wedi&apos;i aseinio i</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Board columns</source>
        <translation>Colofnau&apos;r bwrdd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect &amp;GitHub…</source>
        <translation>Cysylltu &amp;GitHub…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&lt;h3&gt;Connect GitHub to see the support board&lt;/h3&gt;&lt;p&gt;The Board tab shows the team&apos;s support board (the Status columns of a GitHub project, or the support issues by state) and raises support tickets from the repository&apos;s issue template.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cysylltwch GitHub i weld y bwrdd cymorth&lt;/h3&gt;&lt;p&gt;Mae&apos;r tab Bwrdd yn dangos bwrdd cymorth y tîm (colofnau Status prosiect GitHub, neu&apos;r materion cymorth yn ôl eu cyflwr) ac yn codi tocynnau cymorth o dempled materion yr ystorfa.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub is not set up.</source>
        <translation>Nid yw GitHub wedi&apos;i osod.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Any label</source>
        <translation>Unrhyw label</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>Heb ei aseinio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Me (%1)</source>
        <translation>Fi (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open in the &amp;browser</source>
        <translation>Agor yn y &amp;porwr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assign to me</source>
        <translation>Aseinio i &amp;mi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Move to</source>
        <translation>&amp;Symud i</translation>
    </message>
</context>
<context>
    <name>shiftdesk::BoardService</name>
    <message>
        <location filename="../app/board/BoardActions.cpp" line="+30"/>
        <source>#%1 is still being updated on GitHub; try again in a moment.</source>
        <translation>Mae #%1 yn dal i gael ei ddiweddaru ar GitHub; rhowch gynnig arall arni mewn eiliad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not moved: GitHub is not connected.</source>
        <translation>Heb ei symud: nid yw GitHub wedi cysylltu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not moved: a card cannot be moved back to “%1”.</source>
        <translation>Heb ei symud: ni ellir symud cerdyn yn ôl i “%1”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>#%1 may not have moved to “%2”: GitHub&apos;s answer was lost (%3). Refresh to see where it is.</source>
        <translation>Efallai nad yw #%1 wedi symud i “%2”: collwyd ateb GitHub (%3). Adnewyddwch i weld ble mae.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>#%1 was not moved to “%2”: %3</source>
        <translation>Ni symudwyd #%1 i “%2”: %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You were not assigned to #%1: %2</source>
        <translation>Ni chawsoch eich aseinio i #%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GitHub is not connected.</source>
        <translation>Nid yw GitHub wedi cysylltu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the issue templates of %1: %2</source>
        <translation>Methu darllen templedi materion %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no Markdown issue templates in .github/ISSUE_TEMPLATE.</source>
        <translation>Nid oes gan %1 dempledi materion Markdown yn .github/ISSUE_TEMPLATE.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not created: GitHub is not connected.</source>
        <translation>Heb ei greu: nid yw GitHub wedi cysylltu.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not created: %1</source>
        <translation>Heb ei greu: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>GitHub&apos;s answer was lost, so the ticket may have been created, and looking for it failed too (%1). Check the repository&apos;s issues before trying again.</source>
        <translation>Collwyd ateb GitHub, felly efallai fod y tocyn wedi&apos;i greu, a methodd chwilio amdano hefyd (%1). Gwiriwch faterion yr ystorfa cyn rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>GitHub&apos;s answer was lost (%1), and no such ticket is in the repository: it was not created. You can create it again.</source>
        <translation>Collwyd ateb GitHub (%1), ac nid oes tocyn o&apos;r fath yn yr ystorfa: ni chafodd ei greu. Gallwch ei greu eto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GitHub&apos;s answer was lost, but #%1 is in the repository: it was created once.</source>
        <translation>Collwyd ateb GitHub, ond mae #%1 yn yr ystorfa: cafodd ei greu unwaith.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created #%1.</source>
        <translation>Crëwyd #%1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 It could not be added to the board: %2</source>
        <translation>%1 Nid oedd modd ei ychwanegu at y bwrdd: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 Added to the board.</source>
        <translation>%1 Wedi&apos;i ychwanegu at y bwrdd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 Added to the board in “%2”.</source>
        <translation>%1 Wedi&apos;i ychwanegu at y bwrdd yn “%2”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Added to the board, but its status could not be set: %2</source>
        <translation>%1 Wedi&apos;i ychwanegu at y bwrdd, ond nid oedd modd gosod ei statws: %2</translation>
    </message>
    <message>
        <location filename="../app/board/BoardService.cpp" line="+70"/>
        <source>GitHub is not set up</source>
        <translation>Nid yw GitHub wedi&apos;i osod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refreshing…</source>
        <translation>Wrthi&apos;n adnewyddu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated %1</source>
        <translation>Diweddarwyd %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not loaded yet</source>
        <translation>Heb ei lwytho eto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · rate limit %1/%2 left</source>
        <translation> · terfyn cyfradd: %1/%2 ar ôl</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>No Status</source>
        <translation>Dim Statws</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Needs triage</source>
        <translation>Angen brysbennu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed recently</source>
        <translation>Wedi cau&apos;n ddiweddar</translation>
    </message>
</context>
<context>
    <name>shiftdesk::CardDelegate</name>
    <message>
        <location filename="../ui/board/CardDelegate.cpp" line="+31"/>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1h</source>
        <translation>%1a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1d</source>
        <translation>%1d</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Unassigned</source>
        <translation>Heb ei aseinio</translation>
    </message>
</context>
<context>
    <name>shiftdesk::ChecklistModel</name>
    <message>
        <location filename="../app/checklist/ChecklistModel.cpp" line="+156"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 done</source>
        <translation>%1 o %2 wedi&apos;u gwneud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2, %3 of %4 done</source>
        <translation>%1, %2, %3 o %4 wedi&apos;u gwneud</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ticked by %1 at %2</source>
        <translation>Ticiwyd gan %1 am %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked by %1 at %2</source>
        <translation>Tynnwyd y tic gan %1 am %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, done</source>
        <translation>%1, wedi&apos;i wneud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, not done</source>
        <translation>%1, heb ei wneud</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This checklist cannot be changed.</source>
        <translation>Ni ellir newid y rhestr wirio hon.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Task</source>
        <translation>Tasg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>shiftdesk::ChecklistPage</name>
    <message>
        <location filename="../ui/checklist/ChecklistPage.cpp" line="+38"/>
        <source>Back to &amp;today</source>
        <translation>Yn ôl i &amp;heddiw</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Progress of the day</source>
        <translation>Cynnydd y dydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m done</source>
        <translation>%v o %m wedi&apos;u gwneud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template</source>
        <translation>Templed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist template</source>
        <translation>Templed y rhestr wirio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import template…</source>
        <translation>&amp;Mewnforio templed…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export template…</source>
        <translation>&amp;Allforio templed…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset to the default template…</source>
        <translation>A&amp;ilosod i&apos;r templed diofyn…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+118"/>
        <source>Today&apos;s checklist</source>
        <translation>Rhestr wirio heddiw</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Checklist history</source>
        <translation>Hanes y rhestr wirio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tick not saved</source>
        <translation>Ni chadwyd y tic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change could not be saved, so it was not made.

%1</source>
        <translation>Nid oedd modd cadw&apos;r newid, felly ni chafodd ei wneud.

%1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The checklist for %1 could not be read.</source>
        <translation>Nid oedd modd darllen y rhestr wirio ar gyfer %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Today · %1</source>
        <translation>Heddiw · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 done</source>
        <translation>%1 o %2 wedi&apos;u gwneud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the checklist of a past day as it was left; past days cannot be changed.</source>
        <translation>Dyma&apos;r rhestr wirio ar gyfer diwrnod a aeth heibio, fel y cafodd ei gadael; ni ellir newid diwrnodau a aeth heibio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist of %1</source>
        <translation>Rhestr wirio %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>Methu darllen %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import checklist template</source>
        <translation>Mewnforio templed rhestr wirio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist templates (*.json);;All files (*)</source>
        <translation>Templedi rhestr wirio (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template not imported</source>
        <translation>Ni fewnforiwyd y templed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not imported; the current template stays in use.

%2</source>
        <translation>Ni fewnforiwyd %1; mae&apos;r templed presennol yn dal i gael ei ddefnyddio.

%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported the checklist template from %1.</source>
        <translation>Mewnforiwyd templed y rhestr wirio o %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export checklist template</source>
        <translation>Allforio templed rhestr wirio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checklist templates (*.json)</source>
        <translation>Templedi rhestr wirio (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template not exported</source>
        <translation>Ni allforiwyd y templed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported the checklist template to %1.</source>
        <translation>Allforiwyd templed y rhestr wirio i %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset the checklist template</source>
        <translation>Ailosod templed y rhestr wirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the current template with Shiftdesk&apos;s default? Ticks on items that exist in both are kept. Export the current template first if you want to keep it.</source>
        <translation>Rhoi templed diofyn Shiftdesk yn lle&apos;r templed presennol? Bydd ticiau ar eitemau sy&apos;n bodoli yn y ddau yn cael eu cadw. Allforiwch y templed presennol yn gyntaf os ydych am ei gadw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template not reset</source>
        <translation>Ni ailosodwyd y templed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The default checklist template is in use.</source>
        <translation>Mae&apos;r templed rhestr wirio diofyn yn cael ei ddefnyddio.</translation>
    </message>
</context>
<context>
    <name>shiftdesk::ChecklistService</name>
    <message>
        <location filename="../app/checklist/ChecklistService.cpp" line="+52"/>
        <source>The saved checklist template could not be read (%1); using the default template.</source>
        <translation>Nid oedd modd darllen y templed rhestr wirio a gadwyd (%1); yn defnyddio&apos;r templed diofyn.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot read the checklist for %1.</source>
        <translation>Methu darllen y rhestr wirio ar gyfer %1.</translation>
    </message>
</context>
<context>
    <name>shiftdesk::ComposerWidget</name>
    <message>
        <location filename="../ui/announce/ComposerWidget.cpp" line="+46"/>
        <source>New announcement</source>
        <translation>Cyhoeddiad newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>Diweddariad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Datrysiad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Also send to the &amp;channel</source>
        <translation>Anfon i&apos;r &amp;sianel hefyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+186"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>&amp;Refill text from details</source>
        <translation>&amp;Ail-lenwi&apos;r testun o&apos;r manylion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Discard…</source>
        <translation>Ta&amp;flu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+479"/>
        <source>&amp;Post…</source>
        <translation>&amp;Postio…</translation>
    </message>
    <message>
        <location line="-467"/>
        <source>Slack&apos;s “Also send to channel”: the reply shows in the channel as well as in the thread</source>
        <translation>“Also send to channel” yn Slack: mae&apos;r ateb yn ymddangos yn y sianel yn ogystal ag yn yr edefyn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The text was edited by hand, so the details no longer change it. This replaces the text with the template filled from the details.</source>
        <translation>Golygwyd y testun â llaw, felly nid yw&apos;r manylion yn ei newid mwyach. Mae hyn yn rhoi&apos;r templed wedi&apos;i lenwi o&apos;r manylion yn lle&apos;r testun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Announcement text (Slack formatting)</source>
        <translation>Testun y cyhoeddiad (fformatio Slack)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write in Slack&apos;s formatting: *bold*, _italic_, ~strike~, `code`, &gt; quote, &lt;https://link|label&gt;</source>
        <translation>Ysgrifennwch yn fformatio Slack: *trwm*, _italig_, ~llinell drwodd~, `cod`, &gt; dyfyniad, &lt;https://link|label&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview: the message as Slack will show it</source>
        <translation>Rhagolwg: y neges fel y bydd Slack yn ei dangos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Text</source>
        <translation>&amp;Testun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview (as Slack shows it)</source>
        <translation>Rhagolwg (fel y mae Slack yn ei dangos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click a warning to select its place in the text</source>
        <translation>Cliciwch ar rybudd i ddewis ei le yn y testun</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shows the message and where it goes first, then posts it</source>
        <translation>Yn dangos y neges a ble mae&apos;n mynd yn gyntaf, yna&apos;n ei phostio</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+33"/>
        <source>To: %1</source>
        <translation>At: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An earlier post of this draft was interrupted</source>
        <translation>Torrwyd ar draws postiad cynharach o&apos;r drafft hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Details: %1</source>
        <translation>Manylion: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>HH:mm, e.g. 13:00</source>
        <translation>HH:mm, e.e. 13:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HH:mm, HH:mm …, e.g. 13:00, 15:00</source>
        <translation>HH:mm, HH:mm …, e.e. 13:00, 15:00</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Editing…</source>
        <translation>Wrthi&apos;n golygu…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved!</source>
        <translation>Heb ei gadw!</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1</source>
        <translation>Cadwyd %1</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n nod</numerusform>
            <numerusform>%n nod</numerusform>
            <numerusform>%n nod</numerusform>
            <numerusform>%n nod</numerusform>
            <numerusform>%n nod</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Posting closes every open update promise</source>
        <translation>Mae postio&apos;n cau pob addewid diweddaru agored</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No update time promised</source>
        <translation>Dim amser diweddaru wedi&apos;i addo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promises an update at %1</source>
        <translation>Yn addo diweddariad am %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not posted: %1 Your draft is kept.</source>
        <translation>Heb ei bostio: %1 Mae eich drafft wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not posted: the draft could not be saved first, so what you see might not be what is sent.</source>
        <translation>Heb ei bostio: nid oedd modd cadw&apos;r drafft yn gyntaf, felly efallai nad yr hyn a welwch yw&apos;r hyn a anfonir.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>May already be in Slack</source>
        <translation>Efallai ei fod yn Slack eisoes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not posted; draft kept</source>
        <translation>Heb ei bostio; drafft wedi&apos;i gadw</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An earlier post of this text may already be in Slack. Post looks for it first; the text can be edited again once it is known not to be there.</source>
        <translation>Efallai fod postiad cynharach o&apos;r testun hwn yn Slack eisoes. Mae Postio yn chwilio amdano yn gyntaf; gellir golygu&apos;r testun eto unwaith y gwyddys nad yw yno.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Posting…</source>
        <translation>Wrthi&apos;n postio…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discard draft</source>
        <translation>Taflu&apos;r drafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard “%1”? Its text cannot be recovered.</source>
        <translation>Taflu “%1”? Nid oes modd adfer ei destun.</translation>
    </message>
</context>
<context>
    <name>shiftdesk::CoverModel</name>
    <message>
        <location filename="../app/shift/CoverModel.cpp" line="+111"/>
        <source>Nobody yet</source>
        <translation>Neb eto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody is nominated for %1 yet. Double-click to add a name.</source>
        <translation>Does neb wedi&apos;i enwebu ar gyfer %1 eto. Cliciwch ddwywaith i ychwanegu enw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 covers the support channel %2</source>
        <translation>Mae %1 yn cyflenwi ar y sianel gymorth %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit as HH:mm</source>
        <translation>Golygwch fel HH:mm</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a time; use HH:mm, e.g. 12:30.</source>
        <translation>Nid yw &quot;%1&quot; yn amser; defnyddiwch HH:mm, e.e. 12:30.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A period must end after it starts (%1).</source>
        <translation>Rhaid i gyfnod orffen ar ôl iddo ddechrau (%1).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Tan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who covers the support channel</source>
        <translation>Pwy sy&apos;n cyflenwi ar y sianel gymorth</translation>
    </message>
</context>
<context>
    <name>shiftdesk::CoverPanel</name>
    <message>
        <location filename="../ui/checklist/CoverPanel.cpp" line="+16"/>
        <source>Support-hours cover today</source>
        <translation>Cyflenwi oriau cymorth heddiw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add period</source>
        <translation>&amp;Ychwanegu cyfnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove period</source>
        <translation>&amp;Tynnu cyfnod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who answers the support channel in each period. Double-click a cell to edit.</source>
        <translation>Pwy sy&apos;n ateb y sianel gymorth ym mhob cyfnod. Cliciwch ddwywaith ar gell i&apos;w golygu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Support-hours cover rota</source>
        <translation>Rota cyflenwi oriau cymorth</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add a cover period</source>
        <translation>Ychwanegu cyfnod cyflenwi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected cover period</source>
        <translation>Tynnu&apos;r cyfnod cyflenwi a ddewiswyd</translation>
    </message>
</context>
<context>
    <name>shiftdesk::DemoWorkspace</name>
    <message>
        <location filename="../app/demo/DemoWorkspace.cpp" line="+83"/>
        <source>Demo workspace: a made-up support day on a fake Slack and GitHub inside this app. Nothing you do here leaves your computer, and your own settings and tokens are not used.</source>
        <translation>Gweithle enghreifftiol: diwrnod cymorth ffug ar Slack a GitHub ffug y tu mewn i&apos;r ap hwn. Nid oes dim rydych chi&apos;n ei wneud yma yn gadael eich cyfrifiadur, ac ni ddefnyddir eich gosodiadau a&apos;ch tocynnau mynediad eich hun.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The demo workspace cannot listen on 127.0.0.1.</source>
        <translation>Ni all y gweithle enghreifftiol wrando ar 127.0.0.1.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>You</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Demo Team</source>
        <translation>Tîm Enghreifftiol</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+23"/>
        <source>Robin (you)</source>
        <translation>Robin (chi)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sam (lunch cover)</source>
        <translation>Sam (cyflenwi amser cinio)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priya</source>
        <translation>Priya</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>A new question in #ask-cloud-platform</source>
        <translation>Cwestiwn newydd yn #ask-cloud-platform</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An alarm fired in #low-priority-alarms</source>
        <translation>Taniodd larwm yn #low-priority-alarms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Have a look at the user guide&apos;s page on this; I&apos;ll follow up in a minute.</source>
        <translation>Cymerwch olwg ar y dudalen am hyn yn y canllaw defnyddwyr; bydda i&apos;n dod yn ôl atoch chi mewn munud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sam answered a question</source>
        <translation>Atebodd Sam gwestiwn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An alarm resolved in #low-priority-alarms</source>
        <translation>Cafodd larwm ei ddatrys yn #low-priority-alarms</translation>
    </message>
</context>
<context>
    <name>shiftdesk::DeviceFlow</name>
    <message>
        <location filename="../app/github/DeviceFlow.cpp" line="+74"/>
        <source>No GitHub OAuth app client ID is set, so Shiftdesk cannot sign in.</source>
        <translation>Does dim ID cleient ap OAuth GitHub wedi&apos;i osod, felly ni all Shiftdesk fewngofnodi.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot reach GitHub to start signing in (%1). Check the network connection.</source>
        <translation>Methu cyrraedd GitHub i ddechrau mewngofnodi (%1). Gwiriwch y cysylltiad rhwydwaith.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GitHub answered the sign-in request with HTTP %1; try again later.</source>
        <translation>Atebodd GitHub y cais mewngofnodi gyda HTTP %1; rhowch gynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GitHub sent a sign-in answer Shiftdesk cannot read; try again later.</source>
        <translation>Anfonodd GitHub ateb mewngofnodi na all Shiftdesk ei ddarllen; rhowch gynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Lost the connection to GitHub while waiting for the sign-in (%1). Check the network connection and start again.</source>
        <translation>Collwyd y cysylltiad â GitHub wrth aros am y mewngofnodi (%1). Gwiriwch y cysylltiad rhwydwaith a dechreuwch eto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub keeps sending answers Shiftdesk cannot read (HTTP %1) while waiting for the sign-in; try again later.</source>
        <translation>Mae GitHub yn dal i anfon atebion na all Shiftdesk eu darllen (HTTP %1) wrth aros am y mewngofnodi; rhowch gynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The sign-in code expired before it was entered on GitHub. Start signing in again.</source>
        <translation>Daeth y cod mewngofnodi i ben cyn iddo gael ei roi ar GitHub. Dechreuwch fewngofnodi eto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in was cancelled on GitHub (access denied).</source>
        <translation>Cafodd y mewngofnodi ei ddiddymu ar GitHub (mynediad wedi&apos;i wrthod).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub does not accept this app&apos;s client ID; check the GitHub OAuth app setting in Preferences → GitHub.</source>
        <translation>Nid yw GitHub yn derbyn ID cleient yr ap hwn; gwiriwch osodiad yr ap OAuth GitHub yn Dewisiadau → GitHub.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub did not recognise the sign-in code. Start signing in again.</source>
        <translation>Nid oedd GitHub yn adnabod y cod mewngofnodi. Dechreuwch fewngofnodi eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device sign-in is not enabled for this GitHub OAuth app: enable &quot;Device Flow&quot; in the app&apos;s settings on GitHub, or use a personal access token.</source>
        <translation>Nid yw mewngofnodi dyfais wedi&apos;i alluogi ar gyfer yr ap OAuth GitHub hwn: galluogwch &quot;Device Flow&quot; yng ngosodiadau&apos;r ap ar GitHub, neu defnyddiwch docyn mynediad personol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub refused the sign-in request (unsupported grant type); please report this as a bug in Shiftdesk.</source>
        <translation>Gwrthododd GitHub y cais mewngofnodi (math o grant nad yw&apos;n cael ei gefnogi); rhowch wybod am hyn fel nam yn Shiftdesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub refused the sign-in: %1</source>
        <translation>Gwrthododd GitHub y mewngofnodi: %1</translation>
    </message>
</context>
<context>
    <name>shiftdesk::DraftModel</name>
    <message>
        <location filename="../app/announce/DraftModel.cpp" line="+107"/>
        <source>Untitled draft</source>
        <translation>Drafft heb deitl</translation>
    </message>
</context>
<context>
    <name>shiftdesk::GitHubClient</name>
    <message>
        <location filename="../app/github/GitHubClient.cpp" line="+155"/>
        <source>refused to follow a link to another server (%1)</source>
        <translation>gwrthodwyd dilyn dolen i weinydd arall (%1)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Shiftdesk did not send %1: %2.</source>
        <translation>Ni anfonodd Shiftdesk %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/github/GitHubClientProjects.cpp" line="+173"/>
        <source>Not found: GitHub has no user or organisation &quot;%1&quot;, or the token cannot see it.</source>
        <translation>Heb ei ganfod: does gan GitHub ddim defnyddiwr na sefydliad &quot;%1&quot;, neu ni all y tocyn mynediad ei weld.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not found: %1 has no project number %2, or the token cannot see it (it needs the &quot;project&quot; scope).</source>
        <translation>Heb ei ganfod: does gan %1 ddim prosiect rhif %2, neu ni all y tocyn mynediad ei weld (mae angen y cwmpas &quot;project&quot; arno).</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+50"/>
        <source>Not found: the project is gone, or the token can no longer see it.</source>
        <translation>Heb ei ganfod: mae&apos;r prosiect wedi mynd, neu ni all y tocyn mynediad ei weld mwyach.</translation>
    </message>
</context>
<context>
    <name>shiftdesk::GitHubConnection</name>
    <message>
        <location filename="../app/github/GitHubConnection.cpp" line="+45"/>
        <source>GitHub: reading the token…</source>
        <translation>GitHub: yn darllen y tocyn mynediad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub: not connected</source>
        <translation>GitHub: heb gysylltu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub: not connected (%1)</source>
        <translation>GitHub: heb gysylltu (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub: connecting…</source>
        <translation>GitHub: yn cysylltu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub: %1</source>
        <translation>GitHub: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub: sign-in needed (%1)</source>
        <translation>GitHub: angen mewngofnodi (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub: offline (%1)</source>
        <translation>GitHub: all-lein (%1)</translation>
    </message>
</context>
<context>
    <name>shiftdesk::GitHubSettingsPage</name>
    <message>
        <location filename="../ui/settings/GitHubSettingsPage.cpp" line="+113"/>
        <source>&amp;Test</source>
        <translation>&amp;Profi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign in with GitHub…</source>
        <translation>&amp;Mewngofnodi gyda GitHub…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget token</source>
        <translation>A&amp;nghofio&apos;r tocyn mynediad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cop&amp;y code</source>
        <translation>Copïo&apos;r c&amp;od</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the pa&amp;ge again</source>
        <translation>Agor y &amp;dudalen eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sign-in</source>
        <translation>Diddymu mewngofnodi</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+45"/>
        <source>paste a personal access token, or sign in</source>
        <translation>gludwch docyn mynediad personol, neu mewngofnodwch</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The token was removed from the keychain.</source>
        <translation>Cafodd y tocyn mynediad ei dynnu o&apos;r gadwyn allweddi.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signing in was cancelled.</source>
        <translation>Cafodd y mewngofnodi ei ddiddymu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+327"/>
        <source>GitHub API address</source>
        <translation>Cyfeiriad API GitHub</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>https://api.github.com/ for github.com; GitHub Enterprise Server: https://HOST/api/v3/</source>
        <translation>https://api.github.com/ ar gyfer github.com; GitHub Enterprise Server: https://HOST/api/v3/</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+325"/>
        <source>GitHub web address</source>
        <translation>Cyfeiriad gwe GitHub</translation>
    </message>
    <message>
        <location line="-324"/>
        <source>Where sign-in and issue pages are: https://github.com/, or https://HOST/ for GitHub Enterprise Server</source>
        <translation>Lle mae&apos;r tudalennau mewngofnodi a materion: https://github.com/, neu https://HOST/ ar gyfer GitHub Enterprise Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub OAuth app client ID</source>
        <translation>ID cleient ap OAuth GitHub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needed to sign in with GitHub</source>
        <translation>angen er mwyn mewngofnodi gyda GitHub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client ID of a GitHub OAuth app with &quot;Device Flow&quot; enabled. Not needed with a personal access token.</source>
        <translation>ID cleient ap OAuth GitHub sydd â &quot;Device Flow&quot; wedi&apos;i alluogi. Dim angen gyda thocyn mynediad personol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub token</source>
        <translation>Tocyn mynediad GitHub</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saved in the keychain — type to replace</source>
        <translation>wedi&apos;i gadw yn y gadwyn allweddi — teipiwch i&apos;w newid</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;API address:</source>
        <translation>Cyfeiriad yr &amp;API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Web address:</source>
        <translation>Cyfeiriad y &amp;we:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth app &amp;client ID:</source>
        <translation>ID &amp;cleient ap OAuth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To&amp;ken:</source>
        <translation>&amp;Tocyn mynediad:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token is kept only in the system keychain, never in settings files. A classic token needs the repo and read:project scopes (project to move cards).</source>
        <translation>Dim ond yng nghadwyn allweddi&apos;r system y caiff y tocyn mynediad ei gadw, byth mewn ffeiliau gosodiadau. Mae angen y cwmpasau repo a read:project ar docyn mynediad clasurol (project i symud cardiau).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign in with GitHub</source>
        <translation>Mewngofnodi gyda GitHub</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitHub sign-in code</source>
        <translation>Cod mewngofnodi GitHub</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Board</source>
        <translation>Bwrdd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository</source>
        <translation>Ystorfa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner/name</source>
        <translation>perchennog/enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support labels</source>
        <translation>Labeli cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board shows the repository&apos;s issues that have all of these labels, separated by commas. Empty: every issue.</source>
        <translation>Mae&apos;r bwrdd yn dangos materion yr ystorfa sydd â&apos;r holl labeli hyn, wedi&apos;u gwahanu gan atalnodau. Gwag: pob mater.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue template file name</source>
        <translation>Enw ffeil y templed mater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Markdown template in the repository&apos;s .github/ISSUE_TEMPLATE folder, used for new tickets. Empty: no template.</source>
        <translation>Templed Markdown yn ffolder .github/ISSUE_TEMPLATE yr ystorfa, a ddefnyddir ar gyfer tocynnau newydd. Gwag: dim templed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project owner</source>
        <translation>Perchennog y prosiect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user or organisation</source>
        <translation>defnyddiwr neu sefydliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project number</source>
        <translation>Rhif y prosiect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number in the project&apos;s address (…/projects/65). None: the columns are the issues&apos; open and closed states.</source>
        <translation>Y rhif yng nghyfeiriad y prosiect (…/projects/65). Dim: mae&apos;r colofnau&apos;n dilyn a yw&apos;r materion ar agor neu ar gau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project field that gives the columns</source>
        <translation>Maes y prosiect sy&apos;n rhoi&apos;r colofnau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often to refresh the board</source>
        <translation>Pa mor aml i adnewyddu&apos;r bwrdd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> eiliad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;number:</source>
        <translation>&amp;rhif:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Repository:</source>
        <translation>&amp;Ystorfa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support &amp;labels:</source>
        <translation>&amp;Labeli cymorth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue template:</source>
        <translation>T&amp;empled mater:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Project owner:</source>
        <translation>Perc&amp;hennog y prosiect:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colu&amp;mns from field:</source>
        <translation>Colo&amp;fnau o&apos;r maes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;efresh every:</source>
        <translation>Adnewyddu &amp;bob:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project number none: the board&apos;s columns are the issues&apos; open and closed states.</source>
        <translation>Rhif y prosiect yn &quot;dim&quot;: mae colofnau&apos;r bwrdd yn dilyn a yw&apos;r materion ar agor neu ar gau.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Paste a token or sign in with GitHub first.</source>
        <translation>Gludwch docyn mynediad neu mewngofnodwch gyda GitHub yn gyntaf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the saved token…</source>
        <translation>Yn gwirio&apos;r tocyn mynediad a gadwyd…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Testing…</source>
        <translation>Yn profi…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1.</source>
        <translation>Wedi mewngofnodi fel %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>read:project (or project, to move cards)</source>
        <translation>read:project (neu project, i symud cardiau)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing scopes: %1. Make a token with them, or sign in with GitHub again.</source>
        <translation>Cwmpasau ar goll: %1. Crëwch docyn mynediad gyda nhw, neu mewngofnodwch gyda GitHub eto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token lists no scopes (a fine-grained token): it needs access to the repository&apos;s issues and to the project.</source>
        <translation>Nid yw&apos;r tocyn mynediad yn rhestru unrhyw gwmpasau (tocyn mynediad manwl): mae angen mynediad arno at faterion yr ystorfa ac at y prosiect.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All needed scopes are granted.</source>
        <translation>Mae&apos;r holl gwmpasau angenrheidiol wedi&apos;u caniatáu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To sign in with GitHub, enter the client ID of a GitHub OAuth app with Device Flow enabled first — or paste a personal access token instead.</source>
        <translation>I fewngofnodi gyda GitHub, rhowch ID cleient ap OAuth GitHub sydd â Device Flow wedi&apos;i alluogi yn gyntaf — neu gludwch docyn mynediad personol yn lle hynny.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Web address: %1</source>
        <translation>Cyfeiriad y we: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking GitHub for a sign-in code…</source>
        <translation>Yn gofyn i GitHub am god mewngofnodi…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter this code at %1:</source>
        <translation>Rhowch y cod hwn yn %1:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Then approve Shiftdesk there. Waiting… the code expires in %1:%2.</source>
        <translation>Yna cymeradwywch Shiftdesk yno. Yn aros… mae&apos;r cod yn dod i ben ymhen %1:%2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The OAuth app client ID cannot contain spaces.</source>
        <translation>Ni all ID cleient yr ap OAuth gynnwys bylchau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A GitHub token cannot contain spaces.</source>
        <translation>Ni all tocyn mynediad GitHub gynnwys bylchau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repository: write it as owner/name, for example ministryofjustice/cloud-platform.</source>
        <translation>Ystorfa: ysgrifennwch hi fel perchennog/enw, er enghraifft ministryofjustice/cloud-platform.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Issue template: the file name of a Markdown template in .github/ISSUE_TEMPLATE, for example cloud-platform-support-request.md.</source>
        <translation>Templed mater: enw ffeil templed Markdown yn .github/ISSUE_TEMPLATE, er enghraifft cloud-platform-support-request.md.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Project: enter the user or organisation that owns project %1, or set the number to none.</source>
        <translation>Prosiect: rhowch y defnyddiwr neu&apos;r sefydliad sy&apos;n berchen ar brosiect %1, neu gosodwch y rhif yn &quot;dim&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project owner: &quot;%1&quot; is not a GitHub user or organisation name.</source>
        <translation>Perchennog y prosiect: nid yw &quot;%1&quot; yn enw defnyddiwr na sefydliad GitHub.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Token not saved</source>
        <translation>Ni chadwyd y tocyn mynediad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The GitHub token could not be saved in the keychain: %1</source>
        <translation>Nid oedd modd cadw tocyn mynediad GitHub yn y gadwyn allweddi: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain available</source>
        <translation>Dim cadwyn allweddi ar gael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desktop has no keychain (Secret Service) to keep the GitHub token safely. Shiftdesk never writes tokens to disk in plain text.

Use the token for this run only? You will need to sign in again next time.</source>
        <translation>Nid oes cadwyn allweddi (Secret Service) ar y cyfrifiadur hwn i gadw tocyn mynediad GitHub yn ddiogel. Nid yw Shiftdesk byth yn ysgrifennu tocynnau mynediad i&apos;r ddisg mewn testun plaen.

Defnyddio&apos;r tocyn mynediad ar gyfer y tro hwn yn unig? Bydd angen i chi fewngofnodi eto y tro nesaf.</translation>
    </message>
</context>
<context>
    <name>shiftdesk::HandoverComposer</name>
    <message>
        <location filename="../ui/handover/HandoverComposer.cpp" line="+34"/>
        <source>Load people</source>
        <translation>Llwytho pobl</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+101"/>
        <source>Refill from the shift</source>
        <translation>Ail-lenwi o&apos;r shifft</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Post handover…</source>
        <translation>Postio&apos;r trosglwyddiad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have looked in Slack…</source>
        <translation>Rwyf wedi edrych yn Slack…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heading</source>
        <translation>Pennawd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refill the sections from the shift</source>
        <translation>Ail-lenwi&apos;r adrannau o&apos;r shifft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace every section but the notes with the shift&apos;s current state</source>
        <translation>Rhoi cyflwr presennol y shifft yn lle pob adran ac eithrio&apos;r nodiadau</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Anything else on-call should know</source>
        <translation>Unrhyw beth arall y dylai&apos;r peiriannydd ar alwad ei wybod</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The handover as Slack will show it</source>
        <translation>Y trosglwyddiad fel y bydd Slack yn ei ddangos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send the handover to</source>
        <translation>Anfon y trosglwyddiad i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A channel</source>
        <translation>Sianel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A direct message</source>
        <translation>Neges uniongyrchol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handover channel</source>
        <translation>Sianel drosglwyddo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel name</source>
        <translation>enw&apos;r sianel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On-call engineer</source>
        <translation>Peiriannydd ar alwad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the workspace&apos;s people</source>
        <translation>Llwytho pobl y gweithle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post the handover</source>
        <translation>Postio&apos;r trosglwyddiad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;To:</source>
        <translation>Anfon &amp;i:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Replace the sections you edited with the shift&apos;s current state? Your notes are kept.</source>
        <translation>Rhoi cyflwr presennol y shifft yn lle&apos;r adrannau rydych wedi&apos;u golygu? Bydd eich nodiadau&apos;n cael eu cadw.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settle the earlier post by hand</source>
        <translation>Cadarnhau&apos;r postiad cynharach â llaw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An earlier handover may or may not have reached Slack. Look there, then settle it here so you can post again.</source>
        <translation>Efallai fod trosglwyddiad cynharach wedi cyrraedd Slack, neu efallai ddim. Edrychwch yno, yna cadarnhewch yma er mwyn gallu postio eto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settle the earlier handover</source>
        <translation>Cadarnhau&apos;r trosglwyddiad cynharach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shiftdesk could not tell whether an earlier handover reached %1. Have you looked there? If it is there, do not post it again; if it is not, you can post now.</source>
        <translation>Doedd Shiftdesk ddim yn gallu dweud a gyrhaeddodd trosglwyddiad cynharach %1. Ydych chi wedi edrych yno? Os yw yno, peidiwch â&apos;i bostio eto; os nad yw, gallwch bostio nawr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settled: you can post again.</source>
        <translation>Wedi&apos;i gadarnhau: gallwch bostio eto.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The handover goes to %1.</source>
        <translation>Mae&apos;r trosglwyddiad yn mynd i %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the workspace&apos;s people…</source>
        <translation>Yn llwytho pobl y gweithle…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n people.</source>
        <translation>
            <numerusform>Dim pobl.</numerusform>
            <numerusform>%n person.</numerusform>
            <numerusform>%n person.</numerusform>
            <numerusform>%n person.</numerusform>
            <numerusform>%n person.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not posted: %1</source>
        <translation>Heb ei bostio: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Post handover</source>
        <translation>Postio&apos;r trosglwyddiad</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Posting to %1…</source>
        <translation>Yn postio i %1…</translation>
    </message>
</context>
<context>
    <name>shiftdesk::HandoverHistoryModel</name>
    <message>
        <location filename="../app/handover/HandoverHistoryModel.cpp" line="+48"/>
        <source> · being posted</source>
        <translation> · yn cael ei bostio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · may not have been posted: look in Slack</source>
        <translation> · efallai nad yw wedi&apos;i bostio: edrychwch yn Slack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · outcome unknown, checked in Slack by hand</source>
        <translation> · canlyniad yn anhysbys, wedi&apos;i wirio yn Slack â llaw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>shiftdesk::HandoverPage</name>
    <message>
        <location filename="../ui/handover/HandoverPage.cpp" line="+40"/>
        <source> in #%1</source>
        <translation> yn #%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still firing</source>
        <translation>Yn dal i danio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fired out of hours</source>
        <translation>Wedi tanio y tu allan i oriau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved out of hours</source>
        <translation>Wedi&apos;u datrys y tu allan i oriau</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Handover</source>
        <translation>Trosglwyddiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overnight</source>
        <translation>&amp;Dros nos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Trosglwyddo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histor&amp;y</source>
        <translation>Ha&amp;nes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not read yet: Refresh reads the handover channel.</source>
        <translation>Heb ei ddarllen eto: mae Adnewyddu yn darllen y sianel drosglwyddo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The latest handover from on-call</source>
        <translation>Y trosglwyddiad diweddaraf gan y peiriannydd ar alwad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The alarm channels out of hours</source>
        <translation>Y sianeli larwm y tu allan i oriau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the overnight handover again</source>
        <translation>Darllen y trosglwyddiad dros nos eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+173"/>
        <source>&amp;Mark as read</source>
        <translation>&amp;Marcio wedi&apos;i ddarllen</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Mark the overnight handover as read</source>
        <translation>Marcio bod y trosglwyddiad dros nos wedi&apos;i ddarllen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Handover from on-call&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trosglwyddiad gan y peiriannydd ar alwad&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Alarm channels out of hours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sianeli larwm y tu allan i oriau&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Overnight handover read; ticked on the checklist.</source>
        <translation>Wedi darllen y trosglwyddiad dros nos; wedi&apos;i dicio ar y rhestr wirio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Handovers posted</source>
        <translation>Trosglwyddiadau a bostiwyd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The selected handover</source>
        <translation>Y trosglwyddiad a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in &amp;Slack</source>
        <translation>Agor yn &amp;Slack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected handover in Slack</source>
        <translation>Agor y trosglwyddiad a ddewiswyd yn Slack</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Reading the handover channel…</source>
        <translation>Yn darllen y sianel drosglwyddo…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Out of hours: %1 – %2</source>
        <translation>Y tu allan i oriau: %1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No working days are set, so there is no out-of-hours window.</source>
        <translation>Does dim diwrnodau gwaith wedi&apos;u gosod, felly does dim cyfnod y tu allan i oriau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From %1, %2 in #%3</source>
        <translation>Gan %1, %2 yn #%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No message reads “Handover…”; the latest from %1, %2 in #%3</source>
        <translation>Does dim neges yn dweud “Handover…”; yr un ddiweddaraf gan %1, %2 yn #%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open in Slack</source>
        <translation>agor yn Slack</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No handover in #%1 since the end of the last working day.</source>
        <translation>Dim trosglwyddiad yn #%1 ers diwedd y diwrnod gwaith diwethaf.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Read today</source>
        <translation>Darllenwyd heddiw</translation>
    </message>
</context>
<context>
    <name>shiftdesk::HandoverService</name>
    <message>
        <location filename="../app/handover/HandoverOvernight.cpp" line="+64"/>
        <source>No handover channel is set.</source>
        <translation>Does dim sianel drosglwyddo wedi&apos;i gosod.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot read #%1: %2</source>
        <translation>Methu darllen #%1: %2</translation>
    </message>
    <message>
        <location filename="../app/handover/HandoverService.cpp" line="+152"/>
        <source>a direct message to the on-call engineer (choose who)</source>
        <translation>neges uniongyrchol at y peiriannydd ar alwad (dewiswch pwy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a direct message to %1</source>
        <translation>neges uniongyrchol at %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Slack is not set up: add a token in Preferences → Slack.</source>
        <translation>Nid yw Slack wedi&apos;i osod: ychwanegwch docyn mynediad yn Dewisiadau → Slack.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slack is not connected: %1</source>
        <translation>Nid yw Slack wedi cysylltu: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the on-call engineer to send the direct message to.</source>
        <translation>Dewiswch y peiriannydd ar alwad i anfon y neges uniongyrchol ato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the channel to post the handover to.</source>
        <translation>Dewiswch y sianel i bostio&apos;r trosglwyddiad iddi.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot list the workspace&apos;s people: %1</source>
        <translation>Methu rhestru pobl y gweithle: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the handover channel</source>
        <translation>y sianel drosglwyddo</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Another post is in progress.</source>
        <translation>Mae postiad arall ar y gweill.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not posted: the handover is empty.</source>
        <translation>Heb ei bostio: mae&apos;r trosglwyddiad yn wag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Not posted: %1 Your handover is kept.</source>
        <translation>Heb ei bostio: %1 Mae eich trosglwyddiad wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>An earlier handover whose post was interrupted is in %1: it was posted once. Nothing else was sent; post again if you want to send this one too.</source>
        <translation>Mae trosglwyddiad cynharach y torrwyd ar draws ei bostio yn %1: cafodd ei bostio unwaith. Ni anfonwyd dim byd arall; postiwch eto os ydych am anfon yr un hwn hefyd.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not posted: an earlier handover&apos;s post was interrupted and Shiftdesk cannot tell whether it reached %1 (%2). Look there before posting again.</source>
        <translation>Heb ei bostio: torrwyd ar draws postio trosglwyddiad cynharach ac ni all Shiftdesk ddweud a gyrhaeddodd %1 (%2). Edrychwch yno cyn postio eto.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not posted: the handover could not be saved first (%1).</source>
        <translation>Heb ei bostio: nid oedd modd cadw&apos;r trosglwyddiad yn gyntaf (%1).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The handover was posted, but it could not be recorded here: %1</source>
        <translation>Cafodd y trosglwyddiad ei bostio, ond nid oedd modd ei gofnodi yma: %1</translation>
    </message>
</context>
<context>
    <name>shiftdesk::HistoryModel</name>
    <message>
        <location filename="../app/checklist/HistoryModel.cpp" line="+63"/>
        <source>%1 · %2/%3</source>
        <translation>%1 · %2/%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 o %3 wedi&apos;u gwneud</translation>
    </message>
</context>
<context>
    <name>shiftdesk::KeychainSecretStore</name>
    <message>
        <location filename="../app/secrets/KeychainSecretStore.cpp" line="+85"/>
        <source>The keychain refused access: %1</source>
        <translation>Gwrthododd y gadwyn allweddi fynediad: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>No keychain is available on this desktop (%1).</source>
        <translation>Nid oes cadwyn allweddi ar gael ar y cyfrifiadur hwn (%1).</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The keychain reported an error: %1</source>
        <translation>Adroddodd y gadwyn allweddi wall: %1</translation>
    </message>
</context>
<context>
    <name>shiftdesk::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+53"/>
        <source>Shiftdesk</source>
        <translation>Shiftdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+375"/>
        <source>Checklist</source>
        <translation>Rhestr wirio</translation>
    </message>
    <message>
        <location line="-364"/>
        <location line="+9"/>
        <location line="+168"/>
        <source>Alarms</source>
        <translation>Larymau</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindowSupport.cpp" line="+53"/>
        <source>Connect GitHub to raise tickets (Preferences → GitHub).</source>
        <translation>Cysylltwch GitHub i godi tocynnau (Dewisiadau → GitHub).</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="-174"/>
        <source>Connect Slack to see alarms</source>
        <translation>Cysylltwch Slack i weld larymau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Alarms tab shows the team&apos;s alarm channels (#high-priority-alarms and #low-priority-alarms by default) as a live feed you can triage. It needs a Slack workspace connection.</source>
        <translation>Mae&apos;r tab Larymau yn dangos sianeli larwm y tîm (#high-priority-alarms a #low-priority-alarms yn ddiofyn) fel ffrwd fyw y gallwch ei brysbennu. Mae angen cysylltiad â gweithle Slack.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <location line="+408"/>
        <source>Board</source>
        <translation>Bwrdd</translation>
    </message>
    <message>
        <location line="-413"/>
        <source>Connect GitHub to see the support board</source>
        <translation>Cysylltwch GitHub i weld y bwrdd cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Board tab shows the team&apos;s support board (a GitHub project&apos;s Status columns) and raises support tickets from the repository&apos;s issue template.</source>
        <translation>Mae&apos;r tab Bwrdd yn dangos bwrdd cymorth y tîm (colofnau Status prosiect GitHub) ac yn codi tocynnau cymorth o dempled mater yr ystorfa.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <location line="+331"/>
        <source>Announce</source>
        <translation>Cyhoeddi</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Announcements are not available</source>
        <translation>Nid yw cyhoeddiadau ar gael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Announce tab composes announcements for the support channel with a preview that looks the way Slack shows it, and reminds you of every update you promised.</source>
        <translation>Mae&apos;r tab Cyhoeddi yn llunio cyhoeddiadau ar gyfer y sianel gymorth gyda rhagolwg sy&apos;n edrych fel y bydd Slack yn ei ddangos, ac yn eich atgoffa o bob diweddariad a addawyd gennych.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Notice</source>
        <translation>Hysbysiad</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Starting the demo workspace in a second window…</source>
        <translation>Yn dechrau&apos;r gweithle enghreifftiol mewn ail ffenestr…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Slack is rate-limiting %1; waiting %2 s.</source>
        <translation>Mae Slack yn cyfyngu ar gyfradd %1; yn aros %2 eiliad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>High-priority alarm: %1</source>
        <translation>Larwm blaenoriaeth uchel: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindowMenus.cpp" line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import checklist template…</source>
        <translation>&amp;Mewnforio templed rhestr wirio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export checklist template…</source>
        <translation>&amp;Allforio templed rhestr wirio…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import &amp;announcement templates…</source>
        <translation>Mewnforio templedi &amp;cyhoeddiadau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a&amp;nnouncement templates…</source>
        <translation>Allforio templedi cyh&amp;oeddiadau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset announcement templates…</source>
        <translation>A&amp;ilosod templedi cyhoeddiadau…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Golwg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Checklist</source>
        <translation>&amp;Rhestr wirio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Alarms</source>
        <translation>&amp;Larymau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Support</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Board</source>
        <translation>&amp;Bwrdd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;nnounce</source>
        <translation>C&amp;yhoeddi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Handover</source>
        <translation>&amp;Trosglwyddiad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Today&apos;s checklist</source>
        <translation>Rhestr wirio &amp;heddiw</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;ppearance</source>
        <translation>&amp;Gwedd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the &amp;system</source>
        <translation>Dilyn y &amp;system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>G&amp;olau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>Ty&amp;wyll</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Settings</source>
        <translation>Go&amp;sodiadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Dewisiadau…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Shiftdesk</source>
        <translation>&amp;Ynghylch Shiftdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Shiftdesk</source>
        <translation>Ynghylch Shiftdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Shiftdesk %1&lt;/h3&gt;&lt;p&gt;The desktop companion for a platform team&apos;s support shift: the daily checklist, alarms, the support board, announcements and the handover.&lt;/p&gt;&lt;p&gt;Settings: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Shiftdesk %1&lt;/h3&gt;&lt;p&gt;Y cydymaith bwrdd gwaith ar gyfer shifft cymorth tîm platfform: y rhestr wirio ddyddiol, larymau, y bwrdd cymorth, cyhoeddiadau a&apos;r trosglwyddiad.&lt;/p&gt;&lt;p&gt;Gosodiadau: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+67"/>
        <source>Alarms (%1)</source>
        <translation>Larymau (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unread: %1 high-priority, %2 in all</source>
        <translation>Heb eu darllen: %1 blaenoriaeth uchel, %2 i gyd</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Shiftdesk is still running</source>
        <translation>Mae Shiftdesk yn dal i redeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders keep coming. Use the tray icon to show the window or quit.</source>
        <translation>Bydd nodiadau atgoffa&apos;n dal i ddod. Defnyddiwch eicon yr hambwrdd i ddangos y ffenestr neu i adael.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 · open items: %2</source>
        <translation>%1 · eitemau agored: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist reminder</source>
        <translation>Nodyn atgoffa&apos;r rhestr wirio</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checklist (%1)</source>
        <translation>Rhestr wirio (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open items in phases that have started: %1</source>
        <translation>Eitemau agored mewn camau sydd wedi dechrau: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Announce (%1)</source>
        <translation>Cyhoeddi (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n update promise(s) due soon or overdue</source>
        <translation>
            <numerusform>Dim addewidion diweddaru yn ddyledus cyn bo hir neu dros amser</numerusform>
            <numerusform>%n addewid diweddaru yn ddyledus cyn bo hir neu dros amser</numerusform>
            <numerusform>%n addewid diweddaru yn ddyledus cyn bo hir neu dros amser</numerusform>
            <numerusform>%n addewid diweddaru yn ddyledus cyn bo hir neu dros amser</numerusform>
            <numerusform>%n addewid diweddaru yn ddyledus cyn bo hir neu dros amser</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Update overdue: %1</source>
        <translation>Diweddariad dros amser: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write it</source>
        <translation>Ysgrifennu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You promised an update and it has not been posted: open the announcement in the Announce tab and write it</source>
        <translation>Gwnaethoch addo diweddariad ac nid yw wedi&apos;i bostio: agorwch y cyhoeddiad yn y tab Cyhoeddi a&apos;i ysgrifennu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Update due at %1</source>
        <translation>Diweddariad yn ddyledus am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You promised an update on “%1” at %2.</source>
        <translation>Gwnaethoch addo diweddariad ar “%1” am %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update due now: %1</source>
        <translation>Diweddariad yn ddyledus nawr: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You promised an update at %1. Click to write it in the thread.</source>
        <translation>Gwnaethoch addo diweddariad am %1. Cliciwch i&apos;w ysgrifennu yn yr edefyn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Board (%1)</source>
        <translation>Bwrdd (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unassigned support request(s) on the board</source>
        <translation>
            <numerusform>Dim ceisiadau am gymorth heb eu haseinio ar y bwrdd</numerusform>
            <numerusform>%n cais am gymorth heb ei aseinio ar y bwrdd</numerusform>
            <numerusform>%n cais am gymorth heb eu haseinio ar y bwrdd</numerusform>
            <numerusform>%n cais am gymorth heb eu haseinio ar y bwrdd</numerusform>
            <numerusform>%n cais am gymorth heb eu haseinio ar y bwrdd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n unassigned on the board</source>
        <translation>
            <numerusform>dim un heb ei aseinio ar y bwrdd</numerusform>
            <numerusform>%n heb ei aseinio ar y bwrdd</numerusform>
            <numerusform>%n heb eu haseinio ar y bwrdd</numerusform>
            <numerusform>%n heb eu haseinio ar y bwrdd</numerusform>
            <numerusform>%n heb eu haseinio ar y bwrdd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindowHandover.cpp" line="+22"/>
        <source>Handovers are not available</source>
        <translation>Nid yw trosglwyddiadau ar gael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Handover tab shows what happened out of hours in the morning, and builds the end-of-day handover to the on-call engineer from the shift&apos;s own state.</source>
        <translation>Mae&apos;r tab Trosglwyddiad yn dangos yn y bore beth ddigwyddodd y tu allan i oriau, ac yn llunio&apos;r trosglwyddiad diwedd y dydd i&apos;r peiriannydd ar alwad o gyflwr y shifft ei hun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Handover</source>
        <translation>Trosglwyddiad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Good morning: read the overnight handover</source>
        <translation>Bore da: darllenwch y trosglwyddiad dros nos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the on-call engineer handed over, and the alarms out of hours.</source>
        <translation>Beth a drosglwyddodd y peiriannydd ar alwad, a&apos;r larymau y tu allan i oriau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to hand over to on-call</source>
        <translation>Amser trosglwyddo i&apos;r peiriannydd ar alwad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handover is drafted from the shift: check it and post it before 18:00.</source>
        <translation>Mae&apos;r trosglwyddiad wedi&apos;i ddrafftio o&apos;r shifft: gwiriwch ef a&apos;i bostio cyn 18:00.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindowSupport.cpp" line="-30"/>
        <source>Connect Slack to see the support channel</source>
        <translation>Cysylltwch Slack i weld y sianel gymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Support tab shows #ask-cloud-platform as a queue of requests: who asked, how long they have waited, and who has claimed or answered them.</source>
        <translation>Mae&apos;r tab Cymorth yn dangos #ask-cloud-platform fel ciw o geisiadau: pwy ofynnodd, pa mor hir maen nhw wedi aros, a phwy sydd wedi&apos;u hawlio neu eu hateb.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <location line="+37"/>
        <source>Support</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Support (%1)</source>
        <translation>Cymorth (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unanswered request(s) in the support channel</source>
        <translation>
            <numerusform>Dim ceisiadau heb eu hateb yn y sianel gymorth</numerusform>
            <numerusform>%n cais heb ei ateb yn y sianel gymorth</numerusform>
            <numerusform>%n cais heb eu hateb yn y sianel gymorth</numerusform>
            <numerusform>%n cais heb eu hateb yn y sianel gymorth</numerusform>
            <numerusform>%n cais heb eu hateb yn y sianel gymorth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n unanswered</source>
        <translation>
            <numerusform>dim un heb ei ateb</numerusform>
            <numerusform>%n heb ei ateb</numerusform>
            <numerusform>%n heb eu hateb</numerusform>
            <numerusform>%n heb eu hateb</numerusform>
            <numerusform>%n heb eu hateb</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all answered</source>
        <translation>pob un wedi&apos;i ateb</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1&apos;s request: time for a ticket?</source>
        <translation>Cais %1: amser am docyn?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You claimed it %n minutes ago. Requests that take longer should become tickets.</source>
        <translation>
            <numerusform>Gwnaethoch ei hawlio %n munud yn ôl. Dylai ceisiadau sy&apos;n cymryd mwy o amser droi&apos;n docynnau.</numerusform>
            <numerusform>Gwnaethoch ei hawlio %n munud yn ôl. Dylai ceisiadau sy&apos;n cymryd mwy o amser droi&apos;n docynnau.</numerusform>
            <numerusform>Gwnaethoch ei hawlio %n munud yn ôl. Dylai ceisiadau sy&apos;n cymryd mwy o amser droi&apos;n docynnau.</numerusform>
            <numerusform>Gwnaethoch ei hawlio %n munud yn ôl. Dylai ceisiadau sy&apos;n cymryd mwy o amser droi&apos;n docynnau.</numerusform>
            <numerusform>Gwnaethoch ei hawlio %n munud yn ôl. Dylai ceisiadau sy&apos;n cymryd mwy o amser droi&apos;n docynnau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shiftdesk::PostConfirmDialog</name>
    <message>
        <location filename="../ui/announce/PostConfirmDialog.cpp" line="+20"/>
        <source>Post announcement</source>
        <translation>Postio cyhoeddiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post to &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>Postio i &lt;b&gt;%1&lt;/b&gt;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The message as Slack will show it</source>
        <translation>Y neges fel y bydd Slack yn ei dangos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Still open: %1</source>
        <translation>Heb eu datrys o hyd: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This notifies everyone in the channel, even people who are away, and it is truly needed</source>
        <translation>Mae hyn yn hysbysu pawb yn y sianel, hyd yn oed pobl sydd i ffwrdd, ac mae wir ei angen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Post</source>
        <translation>&amp;Postio</translation>
    </message>
</context>
<context>
    <name>shiftdesk::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+27"/>
        <source>Shiftdesk preferences</source>
        <translation>Dewisiadau Shiftdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>Shifft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Check the preferences</source>
        <translation>Gwiriwch y dewisiadau</translation>
    </message>
</context>
<context>
    <name>shiftdesk::ShiftSettingsPage</name>
    <message>
        <location filename="../ui/settings/ShiftSettingsPage.cpp" line="+41"/>
        <source>Working hours start</source>
        <translation>Dechrau oriau gwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours end</source>
        <translation>Diwedd oriau gwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support hours start</source>
        <translation>Dechrau oriau cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support hours end</source>
        <translation>Diwedd oriau cymorth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me when a checklist phase is due with items open</source>
        <translation>Fy atgoffa pan fydd cam o&apos;r rhestr wirio yn ddyledus ac eitemau ar agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing the window hides it to the tray</source>
        <translation>Mae cau&apos;r ffenestr yn ei chuddio yn yr hambwrdd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown with the items you tick</source>
        <translation>Dangosir gyda&apos;r eitemau rydych yn eu ticio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team time zone</source>
        <translation>Cylchfa amser y tîm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Default cover periods</source>
        <translation>Cyfnodau cyflenwi diofyn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desktop has no system tray.</source>
        <translation>Nid oes hambwrdd system ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team &amp;time zone:</source>
        <translation>&amp;Cylchfa amser y tîm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Working hours:</source>
        <translation>&amp;Oriau gwaith:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Support hours:</source>
        <translation>Oriau c&amp;ymorth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workdays:</source>
        <translation>Diwrnodau gwaith:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cover periods:</source>
        <translation>Cyfnodau cy&amp;flenwi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The periods a new day&apos;s cover rota starts with, as HH:mm-HH:mm separated by commas.</source>
        <translation>Y cyfnodau y mae rota cyflenwi diwrnod newydd yn dechrau â nhw, fel HH:mm-HH:mm wedi&apos;u gwahanu gan atalnodau.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Team time zone: &quot;%1&quot; is not a known time zone (e.g. Europe/London).</source>
        <translation>Cylchfa amser y tîm: nid yw &quot;%1&quot; yn gylchfa amser hysbys (e.e. Europe/London).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working hours: the end must be after the start.</source>
        <translation>Oriau gwaith: rhaid i&apos;r diwedd fod ar ôl y dechrau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Support hours: the end must be after the start.</source>
        <translation>Oriau cymorth: rhaid i&apos;r diwedd fod ar ôl y dechrau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Support hours must lie within working hours.</source>
        <translation>Rhaid i oriau cymorth fod o fewn oriau gwaith.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cover periods: &quot;%1&quot; is not a period like 12:00-14:00.</source>
        <translation>Cyfnodau cyflenwi: nid yw &quot;%1&quot; yn gyfnod fel 12:00-14:00.</translation>
    </message>
</context>
<context>
    <name>shiftdesk::ShiftStatus</name>
    <message>
        <location filename="../ui/shell/ShiftStatus.cpp" line="+55"/>
        <source>Support channel: nobody nominated for now</source>
        <translation>Sianel gymorth: neb wedi&apos;i enwebu ar hyn o bryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support channel: %1 covers now</source>
        <translation>Sianel gymorth: %1 sy&apos;n cyflenwi nawr</translation>
    </message>
</context>
<context>
    <name>shiftdesk::SlackConnection</name>
    <message>
        <location filename="../app/slack/SlackConnection.cpp" line="+135"/>
        <source>Slack: reading the token from the keychain…</source>
        <translation>Slack: yn darllen y tocyn mynediad o&apos;r gadwyn allweddi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slack: not connected. Add a token in Preferences → Slack.</source>
        <translation>Slack: heb gysylltu. Ychwanegwch docyn mynediad yn Dewisiadau → Slack.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slack: not connected. %1</source>
        <translation>Slack: heb gysylltu. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slack: connecting…</source>
        <translation>Slack: yn cysylltu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slack: connected to %1 as %2</source>
        <translation>Slack: wedi cysylltu â %1 fel %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slack: %1</source>
        <translation>Slack: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slack: offline (%1) — retrying</source>
        <translation>Slack: all-lein (%1) — yn rhoi cynnig arall arni</translation>
    </message>
</context>
<context>
    <name>shiftdesk::SlackSettingsPage</name>
    <message>
        <location filename="../ui/settings/SlackSettingsPage.cpp" line="+47"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Profi&apos;r cysylltiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget tokens</source>
        <translation>A&amp;nghofio&apos;r tocynnau mynediad</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Slack API address</source>
        <translation>Cyfeiriad API Slack</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slack bot or user token</source>
        <translation>Tocyn mynediad bot neu ddefnyddiwr Slack</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>saved in the keychain — type to replace</source>
        <translation>wedi&apos;i gadw yn y gadwyn allweddi — teipiwch i&apos;w newid</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>xoxb-… (bot) or xoxp-… (user)</source>
        <translation>xoxb-… (bot) neu xoxp-… (defnyddiwr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slack app-level token for Socket Mode</source>
        <translation>Tocyn mynediad lefel ap Slack ar gyfer Socket Mode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: xapp-… for live updates (Socket Mode)</source>
        <translation>dewisol: xapp-… ar gyfer diweddariadau byw (Socket Mode)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>High-priority alarm channels</source>
        <translation>Sianeli larymau blaenoriaeth uchel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low-priority alarm channels</source>
        <translation>Sianeli larymau blaenoriaeth isel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support channel</source>
        <translation>Sianel gymorth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Announcement channel</source>
        <translation>Sianel gyhoeddiadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> eiliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polling interval without Socket Mode</source>
        <translation>Cyfwng holi heb Socket Mode</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Token:</source>
        <translation>&amp;Tocyn mynediad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;App token:</source>
        <translation>Tocyn mynediad &amp;ap:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High-priority &amp;alarm channels:</source>
        <translation>Sianeli &amp;larymau blaenoriaeth uchel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Low-priority alarm channels:</source>
        <translation>Sianeli larymau blaenoriaeth &amp;isel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Support channel:</source>
        <translation>Sianel &amp;gymorth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nnouncement channel:</source>
        <translation>Sianel g&amp;yhoeddiadau:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Poll every:</source>
        <translation>&amp;Holi bob:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API address:</source>
        <translation>Cyfeiriad API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens are kept only in the system keychain, never in settings files. Channel names are without &apos;#&apos;, separated by commas.</source>
        <translation>Dim ond yng nghadwyn allweddi&apos;r system y cedwir tocynnau mynediad, byth mewn ffeiliau gosodiadau. Mae enwau sianeli heb &apos;#&apos;, wedi&apos;u gwahanu gan atalnodau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The tokens were removed from the keychain.</source>
        <translation>Tynnwyd y tocynnau mynediad o&apos;r gadwyn allweddi.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter a token first.</source>
        <translation>Rhowch docyn mynediad yn gyntaf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the saved token…</source>
        <translation>Yn gwirio&apos;r tocyn mynediad a gadwyd…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Testing…</source>
        <translation>Yn profi…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected to %1 as %2.</source>
        <translation>Wedi cysylltu â %1 fel %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing scopes: %1. Add them in the Slack app&apos;s OAuth settings and reinstall it.</source>
        <translation>Cwmpasau ar goll: %1. Ychwanegwch nhw yng ngosodiadau OAuth yr ap Slack a&apos;i ailosod.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All needed scopes are granted.</source>
        <translation>Mae&apos;r holl gwmpasau angenrheidiol wedi&apos;u caniatáu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Slack API address: %1</source>
        <translation>Cyfeiriad API Slack: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A token cannot contain spaces.</source>
        <translation>Ni all tocyn mynediad gynnwys bylchau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The app token starts with xapp-; bot and user tokens go in the Token field.</source>
        <translation>Mae&apos;r tocyn mynediad ap yn dechrau gydag xapp-; mae tocynnau mynediad bot a defnyddiwr yn mynd yn y maes Tocyn mynediad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>xapp- tokens are app-level tokens: put it in the App token field.</source>
        <translation>Tocynnau mynediad lefel ap yw tocynnau xapp-: rhowch ef yn y maes Tocyn mynediad ap.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tokens not saved</source>
        <translation>Ni chadwyd y tocynnau mynediad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tokens could not be saved in the keychain: %1</source>
        <translation>Nid oedd modd cadw&apos;r tocynnau mynediad yn y gadwyn allweddi: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain available</source>
        <translation>Dim cadwyn allweddi ar gael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desktop has no keychain (Secret Service) to keep the Slack tokens safely. Shiftdesk never writes tokens to disk in plain text.

Use the tokens for this run only? You will need to enter them again next time.</source>
        <translation>Nid oes cadwyn allweddi (Secret Service) ar y cyfrifiadur hwn i gadw tocynnau mynediad Slack yn ddiogel. Nid yw Shiftdesk byth yn ysgrifennu tocynnau mynediad i&apos;r ddisg mewn testun plaen.

Defnyddio&apos;r tocynnau mynediad ar gyfer y tro hwn yn unig? Bydd angen i chi eu rhoi eto y tro nesaf.</translation>
    </message>
</context>
<context>
    <name>shiftdesk::SocketModeClient</name>
    <message>
        <location filename="../app/slack/SocketModeClient.cpp" line="+25"/>
        <source>Slack did not say hello on the new connection.</source>
        <translation>Ni ddywedodd Slack helo ar y cysylltiad newydd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The live connection to Slack stopped answering.</source>
        <translation>Rhoddodd y cysylltiad byw â Slack y gorau i ymateb.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No app-level token (xapp-…) is set, so there is no live connection.</source>
        <translation>Nid oes tocyn mynediad lefel ap (xapp-…) wedi&apos;i osod, felly does dim cysylltiad byw.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Slack returned no usable Socket Mode address.</source>
        <translation>Ni roddodd Slack gyfeiriad Socket Mode y gellir ei ddefnyddio.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Slack asked to reconnect.</source>
        <translation>Gofynnodd Slack am ailgysylltu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slack asked to reconnect (%1).</source>
        <translation>Gofynnodd Slack am ailgysylltu (%1).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The live connection to Slack closed.</source>
        <translation>Caeodd y cysylltiad byw â Slack.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not open the live connection to Slack.</source>
        <translation>Nid oedd modd agor y cysylltiad byw â Slack.</translation>
    </message>
</context>
<context>
    <name>shiftdesk::SupportDelegate</name>
    <message numerus="yes">
        <location filename="../ui/support/SupportDelegate.cpp" line="+69"/>
        <source>%n replies</source>
        <translation>
            <numerusform>dim atebion</numerusform>
            <numerusform>%n ateb</numerusform>
            <numerusform>%n ateb</numerusform>
            <numerusform>%n ateb</numerusform>
            <numerusform>%n ateb</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shiftdesk::SupportFeed</name>
    <message>
        <location filename="../app/support/SupportFeed.cpp" line="+121"/>
        <source>Not connected to Slack</source>
        <translation>Heb gysylltu â Slack</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading #%1…</source>
        <translation>Yn darllen #%1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1 · live</source>
        <translation>#%1 · byw</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>#%1 · checked every %n s</source>
        <translation>
            <numerusform>#%1 · gwirio bob %n eiliad</numerusform>
            <numerusform>#%1 · gwirio bob %n eiliad</numerusform>
            <numerusform>#%1 · gwirio bob %n eiliad</numerusform>
            <numerusform>#%1 · gwirio bob %n eiliad</numerusform>
            <numerusform>#%1 · gwirio bob %n eiliad</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot read the team&apos;s user group %1: %2. Team members are the ones listed in Preferences → Support.</source>
        <translation>Methu darllen grŵp defnyddwyr y tîm %1: %2. Aelodau&apos;r tîm yw&apos;r rhai a restrir yn Dewisiadau → Cymorth.</translation>
    </message>
    <message>
        <location filename="../app/support/SupportFeedActions.cpp" line="+36"/>
        <source>Connect Slack to claim requests.</source>
        <translation>Cysylltwch Slack i hawlio ceisiadau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect Slack to change claims.</source>
        <translation>Cysylltwch Slack i newid hawliadau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not claim the request: %1</source>
        <translation>Methu hawlio&apos;r cais: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not remove the claim: %1</source>
        <translation>Methu tynnu&apos;r hawliad: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Thread</source>
        <translation>Edefyn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a bot</source>
        <translation>bot</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That request is no longer in #%1.</source>
        <translation>Nid yw&apos;r cais hwnnw yn #%1 mwyach.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;@%1&gt; I&apos;ve raised this as a support ticket so we can track it: %2. We&apos;ll follow up there.</source>
        <translation>&lt;@%1&gt; Rwyf wedi codi hwn fel tocyn cymorth er mwyn i ni allu ei ddilyn: %2. Byddwn yn ymateb yno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&apos;ve raised this as a support ticket so we can track it: %1. We&apos;ll follow up there.</source>
        <translation>Rwyf wedi codi hwn fel tocyn cymorth er mwyn i ni allu ei ddilyn: %1. Byddwn yn ymateb yno.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect Slack to reply in the thread.</source>
        <translation>Cysylltwch Slack i ateb yn yr edefyn.</translation>
    </message>
    <message>
        <location filename="../app/support/SupportFeedRead.cpp" line="+34"/>
        <source>Cannot look up #%1: %2</source>
        <translation>Methu chwilio am #%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>#%1 was not found. Check the support channel in Preferences → Slack; a private channel is only visible once the app is invited to it.</source>
        <translation>Ni chafwyd hyd i #%1. Gwiriwch y sianel gymorth yn Dewisiadau → Slack; dim ond ar ôl i&apos;r ap gael ei wahodd iddi y mae sianel breifat yn weladwy.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot read #%1: %2</source>
        <translation>Methu darllen #%1: %2</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Cannot read a thread in #%1: %2</source>
        <translation>Methu darllen edefyn yn #%1: %2</translation>
    </message>
</context>
<context>
    <name>shiftdesk::SupportModel</name>
    <message>
        <location filename="../app/support/SupportModel.cpp" line="+124"/>
        <source>you</source>
        <translation>chi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>now</source>
        <translation>nawr</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n mun</numerusform>
            <numerusform>%n mun</numerusform>
            <numerusform>%n mun</numerusform>
            <numerusform>%n mun</numerusform>
            <numerusform>%n mun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Claimed by %1</source>
        <translation>Wedi&apos;i hawlio gan %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered by %1</source>
        <translation>Wedi&apos;i ateb gan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticketed</source>
        <translation>Tocyn wedi&apos;i godi</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, %2 ago, %3: %4</source>
        <translation>%1, %2 yn ôl, %3: %4</translation>
    </message>
</context>
<context>
    <name>shiftdesk::SupportPage</name>
    <message>
        <location filename="../ui/support/SupportPage.cpp" line="+35"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Raise &amp;ticket…</source>
        <translation>Codi &amp;tocyn…</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+263"/>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Open in &amp;Slack</source>
        <translation>Agor yn &amp;Slack</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which requests</source>
        <translation>Pa geisiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open requests</source>
        <translation>Ceisiadau agored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All requests</source>
        <translation>Pob cais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: words or person</source>
        <translation>Chwilio: geiriau neu berson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search requests</source>
        <translation>Chwilio ceisiadau</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Support requests</source>
        <translation>Ceisiadau am gymorth</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Request</source>
        <translation>Cais</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The Support tab shows #%1 as a queue of requests: who asked, how long they have waited, and who has claimed or answered them. It needs a Slack workspace connection.</source>
        <translation>Mae&apos;r tab Cymorth yn dangos #%1 fel ciw o geisiadau: pwy ofynnodd, pa mor hir y maen nhw wedi aros, a phwy sydd wedi eu hawlio neu eu hateb. Mae angen cysylltiad â gweithle Slack.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connect &amp;Slack…</source>
        <translation>Cysylltu &amp;Slack…</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%n open</source>
        <translation>
            <numerusform>dim ar agor</numerusform>
            <numerusform>%n ar agor</numerusform>
            <numerusform>%n ar agor</numerusform>
            <numerusform>%n ar agor</numerusform>
            <numerusform>%n ar agor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No open requests in #%1.</source>
        <translation>Dim ceisiadau agored yn #%1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>&amp;Claim 👀</source>
        <translation>&amp;Hawlio 👀</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 · %2 (%3 ago) · %4</source>
        <translation>%1 · %2 (%3 yn ôl) · %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Un&amp;claim</source>
        <translation>&amp;Rhyddhau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove your :eyes: reaction</source>
        <translation>Tynnu eich adwaith :eyes:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Add :eyes: so the team knows you are on it; after %n minutes you are asked whether it should become a ticket.</source>
        <translation>
            <numerusform>Ychwanegu :eyes: fel bod y tîm yn gwybod eich bod yn delio ag ef; ar ôl %n munud, gofynnir i chi a ddylai ddod yn docyn.</numerusform>
            <numerusform>Ychwanegu :eyes: fel bod y tîm yn gwybod eich bod yn delio ag ef; ar ôl %n munud, gofynnir i chi a ddylai ddod yn docyn.</numerusform>
            <numerusform>Ychwanegu :eyes: fel bod y tîm yn gwybod eich bod yn delio ag ef; ar ôl %n munud, gofynnir i chi a ddylai ddod yn docyn.</numerusform>
            <numerusform>Ychwanegu :eyes: fel bod y tîm yn gwybod eich bod yn delio ag ef; ar ôl %n munud, gofynnir i chi a ddylai ddod yn docyn.</numerusform>
            <numerusform>Ychwanegu :eyes: fel bod y tîm yn gwybod eich bod yn delio ag ef; ar ôl %n munud, gofynnir i chi a ddylai ddod yn docyn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Tocyn: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+18"/>
        <source>Not yet (%1 more)</source>
        <translation>Ddim eto (%1 arall)</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>You claimed %1&apos;s request %n minutes ago. If it takes longer than that, it should become a ticket: raise one?</source>
        <translation>
            <numerusform>Fe wnaethoch hawlio cais %1 %n munud yn ôl. Os yw&apos;n cymryd mwy o amser na hynny, dylai ddod yn docyn: codi un?</numerusform>
            <numerusform>Fe wnaethoch hawlio cais %1 %n munud yn ôl. Os yw&apos;n cymryd mwy o amser na hynny, dylai ddod yn docyn: codi un?</numerusform>
            <numerusform>Fe wnaethoch hawlio cais %1 %n munud yn ôl. Os yw&apos;n cymryd mwy o amser na hynny, dylai ddod yn docyn: codi un?</numerusform>
            <numerusform>Fe wnaethoch hawlio cais %1 %n munud yn ôl. Os yw&apos;n cymryd mwy o amser na hynny, dylai ddod yn docyn: codi un?</numerusform>
            <numerusform>Fe wnaethoch hawlio cais %1 %n munud yn ôl. Os yw&apos;n cymryd mwy o amser na hynny, dylai ddod yn docyn: codi un?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shiftdesk::SupportSettingsPage</name>
    <message>
        <location filename="../ui/settings/SupportSettingsPage.cpp" line="+27"/>
        <source>U01ABCDEF, U02GHIJKL, …</source>
        <translation>U01ABCDEF, U02GHIJKL, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support team members</source>
        <translation>Aelodau&apos;r tîm cymorth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S0123ABCD (optional)</source>
        <translation>S0123ABCD (dewisol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support team user group</source>
        <translation>Grŵp defnyddwyr y tîm cymorth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask about a ticket after</source>
        <translation>Gofyn am docyn ar ôl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> diwrnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show requests from the last</source>
        <translation>Dangos ceisiadau o&apos;r cyfnod diwethaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A channel</source>
        <translation>Sianel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A direct message to the on-call engineer</source>
        <translation>Neges uniongyrchol at y peiriannydd ar alwad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handovers go to</source>
        <translation>Trosglwyddiadau&apos;n mynd i</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handover channel</source>
        <translation>Sianel drosglwyddo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U0… (or choose in the Handover tab)</source>
        <translation>U0… (neu dewiswch yn y tab Trosglwyddiad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-call engineer</source>
        <translation>Peiriannydd ar alwad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests are top-level messages in the support channel from people outside the support team; a request is answered once a team member replies in its thread. You always count as a team member. Slack user ids are in each profile&apos;s ⋮ menu (Copy member ID); a user group needs the usergroups:read scope.</source>
        <translation>Ceisiadau yw negeseuon lefel uchaf yn y sianel gymorth gan bobl y tu allan i&apos;r tîm cymorth; mae cais wedi&apos;i ateb pan fydd aelod o&apos;r tîm yn ateb yn ei edefyn. Rydych chi bob amser yn cyfrif fel aelod o&apos;r tîm. Mae IDs defnyddwyr Slack yn newislen ⋮ pob proffil (Copy member ID); mae angen y cwmpas usergroups:read ar grŵp defnyddwyr.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Support &amp;team (user ids):</source>
        <translation>&amp;Tîm cymorth (IDs defnyddwyr):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team &amp;user group:</source>
        <translation>&amp;Grŵp defnyddwyr y tîm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask about a ticket &amp;after:</source>
        <translation>Gofyn am docyn &amp;ar ôl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show requests from the &amp;last:</source>
        <translation>Dangos ceisiadau o&apos;r &amp;cyfnod diwethaf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand&amp;overs go to:</source>
        <translation>Trosglwyddiadau&apos;n &amp;mynd i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover &amp;channel:</source>
        <translation>&amp;Sianel drosglwyddo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-call &amp;engineer (user id):</source>
        <translation>&amp;Peiriannydd ar alwad (ID defnyddiwr):</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Support team: list Slack user ids (like U01ABCDEF), separated by commas.</source>
        <translation>Tîm cymorth: rhestrwch IDs defnyddwyr Slack (fel U01ABCDEF), wedi&apos;u gwahanu gan atalnodau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Team user group: a Slack user group id starts with S, like S0123ABCD.</source>
        <translation>Grŵp defnyddwyr y tîm: mae ID grŵp defnyddwyr Slack yn dechrau ag S, fel S0123ABCD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handover channel: name the channel handovers are posted in.</source>
        <translation>Sianel drosglwyddo: enwch y sianel lle caiff trosglwyddiadau eu postio.</translation>
    </message>
</context>
<context>
    <name>shiftdesk::TicketDialog</name>
    <message>
        <location filename="../ui/board/TicketDialog.cpp" line="+35"/>
        <source>&amp;Create ticket</source>
        <translation>&amp;Creu tocyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New support ticket</source>
        <translation>Tocyn cymorth newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue template</source>
        <translation>Templed mater</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the repository&apos;s issue templates…</source>
        <translation>Yn darllen templedi materion yr ystorfa…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Template:</source>
        <translation>&amp;Templed:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;itle:</source>
        <translation>Te&amp;itl:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels:</source>
        <translation>Labeli:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From Slack: added to the ticket</source>
        <translation>O Slack: wedi&apos;i ychwanegu at y tocyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From Slack (added to the ticket):</source>
        <translation>O Slack (wedi&apos;i ychwanegu at y tocyn):</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>A title is needed.</source>
        <translation>Mae angen teitl.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open #%1</source>
        <translation>Agor #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GitHub: the title is %1.</source>
        <translation>GitHub: problem gyda&apos;r teitl (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Creating the ticket…</source>
        <translation>Yn creu&apos;r tocyn…</translation>
    </message>
</context>
<context>
    <name>shiftdesk::TicketReplyDialog</name>
    <message>
        <location filename="../ui/support/TicketReplyDialog.cpp" line="+23"/>
        <source>&amp;Post in thread</source>
        <translation>&amp;Postio yn yr edefyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Dim nawr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post the ticket link</source>
        <translation>Postio dolen y tocyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply text</source>
        <translation>Testun yr ateb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reply in the request&apos;s thread in #%1 so the asker knows where it goes on:</source>
        <translation>Atebwch yn edefyn y cais yn #%1 fel bod y sawl a ofynnodd yn gwybod ble bydd yn parhau:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As Slack will show it:</source>
        <translation>Fel y bydd Slack yn ei ddangos:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Posting…</source>
        <translation>Wrthi&apos;n postio…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Posted in the thread.</source>
        <translation>Wedi&apos;i bostio yn yr edefyn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted in the thread. &lt;a href=&quot;%1&quot;&gt;Open in Slack&lt;/a&gt;</source>
        <translation>Wedi&apos;i bostio yn yr edefyn. &lt;a href=&quot;%1&quot;&gt;Agor yn Slack&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
</context>
<context>
    <name>shiftdesk::TrayIcon</name>
    <message>
        <location filename="../ui/shell/TrayIcon.cpp" line="+18"/>
        <location line="+25"/>
        <source>&amp;Hide Shiftdesk</source>
        <translation>&amp;Cuddio Shiftdesk</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Shiftdesk</source>
        <translation>Shiftdesk</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Show Shiftdesk</source>
        <translation>&amp;Dangos Shiftdesk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shiftdesk: %1 unread high-priority alarms</source>
        <translation>Shiftdesk: %1 larwm blaenoriaeth uchel heb eu darllen</translation>
    </message>
</context>
<context>
    <name>shiftdesk::WelcomePanel</name>
    <message>
        <location filename="../ui/shell/WelcomePanel.cpp" line="+13"/>
        <source>Try the &amp;demo workspace</source>
        <translation>Rhoi cynnig ar y gweithle &amp;enghreifftiol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect &amp;Slack…</source>
        <translation>Cysylltu &amp;Slack…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect &amp;GitHub…</source>
        <translation>Cysylltu &amp;GitHub…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to Shiftdesk</source>
        <translation>Croeso i Shiftdesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The checklist works as it is. The alarm channels, the support channel, announcements and handovers need your team&apos;s Slack: create a Slack app (&lt;a href=&quot;https://api.slack.com/apps&quot;&gt;api.slack.com/apps&lt;/a&gt;) with the scopes listed in the README and paste its bot token. The support board needs a GitHub token (&lt;a href=&quot;https://github.com/settings/tokens&quot;&gt;github.com/settings/tokens&lt;/a&gt;, scopes &lt;tt&gt;repo&lt;/tt&gt; and &lt;tt&gt;project&lt;/tt&gt;) or a sign-in with your browser. Not ready yet? The demo workspace is a made-up support day on a fake Slack and GitHub inside the app: nothing leaves your computer.</source>
        <translation>Mae&apos;r rhestr wirio yn gweithio fel y mae. Mae angen Slack eich tîm ar y sianeli larymau, y sianel gymorth, cyhoeddiadau a throsglwyddiadau: crëwch ap Slack (&lt;a href=&quot;https://api.slack.com/apps&quot;&gt;api.slack.com/apps&lt;/a&gt;) gyda&apos;r cwmpasau a restrir yn y README a gludwch ei docyn mynediad bot. Mae angen tocyn mynediad GitHub ar y bwrdd cymorth (&lt;a href=&quot;https://github.com/settings/tokens&quot;&gt;github.com/settings/tokens&lt;/a&gt;, cwmpasau &lt;tt&gt;repo&lt;/tt&gt; a &lt;tt&gt;project&lt;/tt&gt;) neu fewngofnodi gyda&apos;ch porwr. Ddim yn barod eto? Mae&apos;r gweithle enghreifftiol yn ddiwrnod cymorth ffug ar Slack a GitHub ffug y tu mewn i&apos;r ap: does dim byd yn gadael eich cyfrifiadur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close the welcome</source>
        <translation>Cau&apos;r neges groeso</translation>
    </message>
</context>
</TS>
