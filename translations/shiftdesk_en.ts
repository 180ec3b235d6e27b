<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PostOutcome</name>
    <message numerus="yes">
        <location filename="../app/announce/AnnouncePoster.cpp" line="+38"/>
        <source>Not posted: Slack is limiting how fast messages are posted. Try again in %n second(s); your draft is kept.</source>
        <translation>
            <numerusform>Not posted: Slack is limiting how fast messages are posted. Try again in %n second; your draft is kept.</numerusform>
            <numerusform>Not posted: Slack is limiting how fast messages are posted. Try again in %n seconds; your draft is kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shiftdesk::BoardColumnView</name>
    <message numerus="yes">
        <location filename="../ui/board/BoardColumnView.cpp" line="+117"/>
        <source> · %n unassigned</source>
        <translation>
            <numerusform> · %n unassigned</numerusform>
            <numerusform> · %n unassigned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shiftdesk::ComposerWidget</name>
    <message numerus="yes">
        <location filename="../ui/announce/ComposerWidget.cpp" line="+423"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shiftdesk::HandoverComposer</name>
    <message numerus="yes">
        <location filename="../ui/handover/HandoverComposer.cpp" line="+329"/>
        <source>%n people.</source>
        <translation>
            <numerusform>%n person.</numerusform>
            <numerusform>%n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shiftdesk::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="+451"/>
        <source>%n update promise(s) due soon or overdue</source>
        <translation>
            <numerusform>%n update promise due soon or overdue</numerusform>
            <numerusform>%n update promises due soon or overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n unassigned support request(s) on the board</source>
        <translation>
            <numerusform>%n unassigned support request on the board</numerusform>
            <numerusform>%n unassigned support requests on the board</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n unassigned on the board</source>
        <translation>
            <numerusform>%n unassigned on the board</numerusform>
            <numerusform>%n unassigned on the board</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindowSupport.cpp" line="+82"/>
        <source>%n unanswered request(s) in the support channel</source>
        <translation>
            <numerusform>%n unanswered request in the support channel</numerusform>
            <numerusform>%n unanswered requests in the support channel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n unanswered</source>
        <translation>
            <numerusform>%n unanswered</numerusform>
            <numerusform>%n unanswered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>You claimed it %n minutes ago. Requests that take longer should become tickets.</source>
        <translation>
            <numerusform>You claimed it %n minute ago. Requests that take longer should become tickets.</numerusform>
            <numerusform>You claimed it %n minutes ago. Requests that take longer should become tickets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shiftdesk::SupportDelegate</name>
    <message numerus="yes">
        <location filename="../ui/support/SupportDelegate.cpp" line="+69"/>
        <source>%n replies</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shiftdesk::SupportFeed</name>
    <message numerus="yes">
        <location filename="../app/support/SupportFeed.cpp" line="+127"/>
        <source>#%1 · checked every %n s</source>
        <translation>
            <numerusform>#%1 · checked every %n s</numerusform>
            <numerusform>#%1 · checked every %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shiftdesk::SupportModel</name>
    <message numerus="yes">
        <location filename="../app/support/SupportModel.cpp" line="+135"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shiftdesk::SupportPage</name>
    <message numerus="yes">
        <location filename="../ui/support/SupportPage.cpp" line="+214"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Add :eyes: so the team knows you are on it; after %n minutes you are asked whether it should become a ticket.</source>
        <translation>
            <numerusform>Add :eyes: so the team knows you are on it; after %n minute you are asked whether it should become a ticket.</numerusform>
            <numerusform>Add :eyes: so the team knows you are on it; after %n minutes you are asked whether it should become a ticket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>You claimed %1&apos;s request %n minutes ago. If it takes longer than that, it should become a ticket: raise one?</source>
        <translation>
            <numerusform>You claimed %1&apos;s request %n minute ago. If it takes longer than that, it should become a ticket: raise one?</numerusform>
            <numerusform>You claimed %1&apos;s request %n minutes ago. If it takes longer than that, it should become a ticket: raise one?</numerusform>
        </translation>
    </message>
</context>
</TS>
