<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>CallbackPage</name>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Criipto dashboard&apos;s Vipps page showing your callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: paste the callback URL your Criipto dashboard shows, to compare it with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL from your dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From the dashboard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identical. This is the URL to give Vipps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled. You can go on without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check is optional: you can go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmBox</name>
    <message>
        <source>(on %s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copy %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Which keys?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Production keys (real users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test keys (Vipps test environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Vipps test environment has its own, separate keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant serial number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MSN (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant serial number from Vipps&apos;s e-mail. Not needed by Criipto; useful when you contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: ask Vipps whether the keys work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the client ID and secret only to Vipps (its login service), over HTTPS, and asks whether it accepts them. Nothing is sent anywhere else. This check is best-effort: Vipps has no official way to test keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k with Vipps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keys from your keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the keys from the Vipps portal. They are saved in your keychain as soon as both are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved keys are no longer in your keychain (deleted outside the app?). Paste them again from the Vipps portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: the new values are saved once both are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a valid client ID and secret first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Vipps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(best-effort check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>the Criipto dashboard with the Production toggle and Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL will be %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that %s is a live Criipto domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is a live Criipto domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys saved in Criipto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your own application’s client ID and redirect URI. A successful login returns a token with identityscheme “novippslogin”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the Criipto dashboard and in the Vipps portal. This app deleted its copy from your keychain; it keeps no secret anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <source>Illustration: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schematic drawing, not a screenshot. Press Enter to enlarge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration (schematic). Click to enlarge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainStatus</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain was found on this computer, so the keys are kept in memory for this session only, never in a file. Finish today, or paste them again after restarting the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keychain is locked. Unlock it (for example in Passwords and Keys), then press Retry. What you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available. Start or install one, then press Retry. What you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported a problem (%s). What you typed is kept; press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong (%s). What you typed is kept; press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkButton</name>
    <message>
        <source>Opens %s in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Link last checked %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>Which login do you order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web login (most companies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer-service login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the Vipps order form ↗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the chosen form in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values for the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sales-unit name (shown in the Vipps app):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 30 characters, all allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form, field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field on the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Vipps order form with numbered fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;submitted the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label as last seen; the form may word it differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not entered yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalPage</name>
    <message>
        <source>A. Find the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Vipps portal&apos;s API keys page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can see the &amp;client ID and client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B. Register the callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Vipps portal&apos;s redirect URI settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have added the callback URL and &amp;saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrerequisitesPage</name>
    <message>
        <source>&amp;Organisation number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid organisation number %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking the company up in Brønnøysundregistrene…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch who may sign; check the roles at Brønnøysundregistrene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May sign the Vipps agreement (needs BankID): %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brønnøysund lists no styreleder or daglig leder: Vipps needs one of them to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the main company&apos;s number, %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Vipps Login Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch language to %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>&amp;Open the Vipps page in the Criipto dashboard ↗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: older addresses of the same dashboard, dashboard.criipto.com and manage.criipto.id, lead to the same page (Identity sources → Vipps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values to paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy client &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Criipto dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the dashboard to &amp;Production first (toggle at the top left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the client ID into “Client id”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the client secret into “Client secret”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide on “Include SSN (fødselsnummer)”: only if you need it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “Save”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have saved them in &amp;Criipto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the keys from this computer&apos;s keychain and finishes the setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the keys were deleted from this computer on %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keys from your keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys are no longer in your keychain (deleted outside the app, or the app was restarted without a keychain). Go Back and paste them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys ready to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The secret is on the clipboard; cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared: the secret is no longer on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys saved in Criipto?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you pressed Save in the Criipto dashboard? The app now deletes the client ID and secret from this computer. After that they exist only in Criipto and in the Vipps portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, delete them here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the keys from your keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidatedField</name>
    <message>
        <source>Looks right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>Vipps has &amp;approved the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You submitted the order on %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You submitted the order today (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You submitted the order on %1, %n day(s) ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Your setups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your setups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved setup to resume, or start a new one, then press Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+  Start a new setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no domain yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last changed %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was written by a newer version of this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved setup %1. It was kept, unchanged, as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the setup “%s”? What you entered for it is removed; anything you sent to Vipps or Criipto stays there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Vipps Login Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps Login Setup is already running for this profile (%s). Switch to its window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Enter the 9-digit organisation number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation number has digits only (found “{char}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation number has 9 digits; this has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid organisation number: the last digit does not match. Check for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your Criipto production domain, e.g. acme.idura.broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain cannot contain “{char}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” is not a valid part of a domain name (letters, digits and hyphens, not starting or ending with a hyphen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full domain has at least one dot, e.g. acme.idura.broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a domain name, not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “{scheme}://”: only the domain is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the path after the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the port “:{port}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the trailing dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International name: it is written {host} in URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a test domain (it contains “-test.” or “.test.”). Vipps production keys need your production domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains invisible characters (pasted along).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has spaces or line breaks at the start or end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It starts with “{scheme}://”; it must be https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is for another domain: {got} instead of {want}. Is the dashboard set to Production?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper and lower case differ. Vipps compares exactly: use the copied URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ends with a slash; the callback URL does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is {got} instead of /NOVippsLogin/Callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has a ? or # part; the callback URL has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It differs from the callback URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name users will see in the Vipps app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps does not allow these characters: {chars}. Letters, digits, spaces and \ ( ) - _ + . are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} characters; Vipps allows at most {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the company&apos;s website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps requires an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added https:// in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the client ID from the Vipps portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client ID looks like fb492b5e-7907-4d83-bc20-c7fb60ca35de (a GUID). Did you paste another value, such as the subscription key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the client secret from the Vipps portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has characters a Vipps secret does not usually have. Check that you copied the client secret, not another value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is shorter than Vipps secrets usually are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MSN has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection: this computer seems to be offline. You can go on without the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name {host} was not found. Is there a typo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time. The service may be slow; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure (TLS) connection could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. A company proxy that inspects HTTPS traffic can cause this; ask your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service has a problem right now (error {status}). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service closed the connection without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected problem ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from the service (status {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered something we did not expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was far larger than expected; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to connect without encryption to {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company is registered as bankrupt. Vipps will not approve this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company is under liquidation. Vipps will not approve this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company is under forced dissolution. Vipps will not approve this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company was deleted from the register ({date}). Vipps will not approve this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation number was removed from the register ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company with this number in Brønnøysundregistrene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a sub-unit (a business location). Order with the main company&apos;s number, {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brønnøysundregistrene did not accept this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register did not say whether the company is bankrupt or in liquidation; check before ordering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain {host} does not exist. Is there a typo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain answers, but not like a Criipto domain (no login configuration, status {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain gave an unexpected answer (status {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain answers, but not like a Criipto domain. Is this your Criipto domain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain&apos;s login configuration is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain belongs to another login service ({issuer}). Use the domain shown in your Criipto dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps Login is already listed for this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps accepted these credentials (the sales unit uses {method}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps accepted these credentials. The sales unit uses {method}, not {tried}: choose the same in Criipto if it asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps did not accept this pair in the {environment} environment. Check the client ID and secret, and that they are {environment} keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps knows this client ID, but the secret does not match. Copy the secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive: Vipps answered in a way that says nothing about the keys (status {status}). Go on; Criipto will tell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
