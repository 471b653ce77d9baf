<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>CallbackPage</name>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation>callback-URL</translation>
    </message>
    <message>
        <source>the Idura (Criipto) dashboard&apos;s Vipps MobilePay page showing your callback URL</source>
        <translation>Vipps MobilePay-siden i Idura-dashbordet (Criipto), som viser callback-URL-en din</translation>
    </message>
    <message>
        <source>Optional: paste the callback URL your Idura (Criipto) dashboard shows, to compare it with this one.</source>
        <translation>Valgfritt: Lim inn callback-URL-en som Idura-dashbordet (Criipto) viser, for å sammenligne den med denne.</translation>
    </message>
    <message>
        <source>Callback URL from your dashboard</source>
        <translation>Callback-URL fra dashbordet ditt</translation>
    </message>
    <message>
        <source>&amp;From the dashboard:</source>
        <translation>Fra &amp;dashbordet:</translation>
    </message>
    <message>
        <source>Identical. This is the URL to give Vipps.</source>
        <translation>Identisk. Det er denne URL-en du skal gi Vipps.</translation>
    </message>
    <message>
        <source>Different:</source>
        <translation>Forskjellig:</translation>
    </message>
</context>
<context>
    <name>ChainCheckBox</name>
    <message>
        <source>Optional: did Idura save your keys? (best-effort)</source>
        <translation>Valgfritt: Har Idura lagret nøklene dine? (uten garanti)</translation>
    </message>
    <message>
        <source>Check Idura → &amp;Vipps</source>
        <translation>Sj&amp;ekk Idura → Vipps</translation>
    </message>
    <message>
        <source>Starts a login at your Idura domain without logging in, and compares what Idura sends to Vipps with your keys. The secret is never sent.</source>
        <translation>Starter en innlogging på Idura-domenet ditt uten å logge inn, og sammenligner det Idura sender til Vipps med nøklene dine. Client secret sendes aldri.</translation>
    </message>
    <message>
        <source>Idura has your client ID. You can remove the keys from this computer now.</source>
        <translation>Idura har client ID-en din. Du kan fjerne nøklene fra denne maskinen nå.</translation>
    </message>
    <message>
        <source>&amp;Remove the keys from this computer…</source>
        <translation>&amp;Fjern nøklene fra denne maskinen…</translation>
    </message>
    <message>
        <source>Idura has them: deletes the keys from this computer&apos;s keychain and finishes the setup</source>
        <translation>Idura har dem: sletter nøklene fra nøkkelringen på denne maskinen og fullfører oppsettet</translation>
    </message>
    <message>
        <source>Enter an application&apos;s client ID and callback URL first.</source>
        <translation>Skriv inn client ID og callback-URL for en applikasjon først.</translation>
    </message>
    <message>
        <source>Asking Idura, then Vipps…</source>
        <translation>Spør Idura, deretter Vipps…</translation>
    </message>
</context>
<context>
    <name>CheckAll</name>
    <message>
        <source>Progress of checking all setups</source>
        <translation>Fremdrift for sjekken av alle oppsettene</translation>
    </message>
    <message>
        <source>Stop checking the setups</source>
        <translation>Stopp sjekken av oppsettene</translation>
    </message>
    <message>
        <source>Check all again</source>
        <translation>Sjekk alle på nytt</translation>
    </message>
    <message>
        <source>Checking %1 of %2: %3…</source>
        <translation>Sjekker %1 av %2: %3…</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 setups; their results are kept.</source>
        <translation>Stoppet etter %1 av %2 oppsett; resultatene deres er lagret.</translation>
    </message>
    <message>
        <source>Checked %1 setups: %2 without problems, %3 with a problem, %4 not checkable.</source>
        <translation>Sjekket %1 oppsett: %2 uten problemer, %3 med problem, %4 kunne ikke sjekkes.</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Checking</source>
        <translation>Sjekker</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Avbryt sjekken</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Sjekk igjen</translation>
    </message>
    <message>
        <source>Check cancelled. You can go on without it.</source>
        <translation>Sjekken ble avbrutt. Du kan gå videre uten den.</translation>
    </message>
    <message>
        <source>The check failed (%s).</source>
        <translation>Sjekken mislyktes (%s).</translation>
    </message>
    <message>
        <source>The check is optional: you can go on.</source>
        <translation>Sjekken er valgfri: Du kan gå videre.</translation>
    </message>
</context>
<context>
    <name>ConfirmBox</name>
    <message>
        <source>(on %s)</source>
        <translation>(%s)</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copy %s</source>
        <translation>Kopier %s</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
    <message>
        <source>%s copied to the clipboard</source>
        <translation>%s er kopiert til utklippstavlen</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Which keys?</source>
        <translation>Hvilke nøkler?</translation>
    </message>
    <message>
        <source>&amp;Production keys (real users)</source>
        <translation>&amp;Produksjonsnøkler (ekte brukere)</translation>
    </message>
    <message>
        <source>&amp;Test keys (Vipps test environment)</source>
        <translation>T&amp;estnøkler (testmiljøet til Vipps)</translation>
    </message>
    <message>
        <source>The Vipps test environment has its own, separate keys.</source>
        <translation>Testmiljøet til Vipps har egne, separate nøkler.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Vis client secret</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client &amp;secret:</translation>
    </message>
    <message>
        <source>Merchant serial number (optional)</source>
        <translation>MSN – merchant serial number (valgfritt)</translation>
    </message>
    <message>
        <source>&amp;MSN (optional):</source>
        <translation>&amp;MSN (valgfritt):</translation>
    </message>
    <message>
        <source>The merchant serial number from Vipps&apos;s e-mail. Not needed by Criipto; useful when you contact support.</source>
        <translation>Merchant serial number (MSN) fra e-posten fra Vipps. Criipto trenger det ikke, men det er nyttig når du kontakter brukerstøtte.</translation>
    </message>
    <message>
        <source>Optional: ask Vipps whether the keys work</source>
        <translation>Valgfritt: Spør Vipps om nøklene virker</translation>
    </message>
    <message>
        <source>Sends the client ID and secret only to Vipps (its login service), over HTTPS, and asks whether it accepts them. Nothing is sent anywhere else. This check is best-effort: Vipps has no official way to test keys.</source>
        <translation>Sender client ID og client secret bare til Vipps (innloggingstjenesten deres), over HTTPS, og spør om de godtas. Ingenting sendes noe annet sted. Sjekken gir ingen garanti: Vipps har ingen offisiell måte å teste nøkler på.</translation>
    </message>
    <message>
        <source>Chec&amp;k with Vipps</source>
        <translation>Sje&amp;kk med Vipps</translation>
    </message>
    <message>
        <source>Reading the keys from your keychain…</source>
        <translation>Henter nøklene fra nøkkelringen din…</translation>
    </message>
    <message>
        <source>Paste the keys from the Vipps portal. They are saved in your keychain as soon as both are valid.</source>
        <translation>Lim inn nøklene fra Vipps-portalen. De lagres i nøkkelringen din så snart begge er gyldige.</translation>
    </message>
    <message>
        <source>The saved keys are no longer in your keychain (deleted outside the app?). Paste them again from the Vipps portal.</source>
        <translation>De lagrede nøklene ligger ikke lenger i nøkkelringen din (slettet utenfor appen?). Lim dem inn på nytt fra Vipps-portalen.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>Skj&amp;ul</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
    <message>
        <source>Changed: the new values are saved once both are valid.</source>
        <translation>Endret: De nye verdiene lagres når begge er gyldige.</translation>
    </message>
    <message>
        <source>Looks right.</source>
        <translation>Ser riktig ut.</translation>
    </message>
    <message>
        <source>Saved in %1 at %2.</source>
        <translation>Lagret i %1 kl. %2.</translation>
    </message>
    <message>
        <source>your keychain</source>
        <translation>nøkkelringen din</translation>
    </message>
    <message>
        <source>Paste a valid client ID and secret first.</source>
        <translation>Lim inn en gyldig client ID og client secret først.</translation>
    </message>
    <message>
        <source>Asking Vipps…</source>
        <translation>Spør Vipps…</translation>
    </message>
    <message>
        <source>(best-effort check)</source>
        <translation>(sjekk uten garanti)</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Prøver igjen…</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>the Idura dashboard: Production environment chosen in the environment dropdown, Domains, Register domain</source>
        <translation>Idura-dashbordet: «Production environment» valgt i nedtrekkslisten for miljø, «Domains» og «Register domain»</translation>
    </message>
    <message>
        <source>Production &amp;domain:</source>
        <translation>&amp;Produksjonsdomene:</translation>
    </message>
    <message>
        <source>Callback URL will be %s</source>
        <translation>Callback-URL-en blir %s</translation>
    </message>
    <message>
        <source>&amp;Ask Idura for a Vipps test user ↗</source>
        <translation>&amp;Be Idura om en testbruker for Vipps ↗</translation>
    </message>
    <message>
        <source>Ask Idura for a Vipps test user</source>
        <translation>Be Idura om en testbruker for Vipps</translation>
    </message>
    <message>
        <source>Opens %s in your browser</source>
        <translation>Åpner %s i nettleseren</translation>
    </message>
    <message>
        <source>Checking that %s is a live Idura (Criipto) domain…</source>
        <translation>Sjekker at %s er et aktivt Idura-domene (Criipto) …</translation>
    </message>
    <message>
        <source>%s is a live Idura (Criipto) domain.</source>
        <translation>%s er et aktivt Idura-domene (Criipto).</translation>
    </message>
    <message>
        <source>Opens an e-mail to %s in your e-mail program</source>
        <translation>Åpner en e-post til %s i e-postprogrammet ditt</translation>
    </message>
    <message>
        <source>Not confirmed.</source>
        <translation>Ikke bekreftet.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Company</source>
        <translation>Bedrift</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Production domain</source>
        <translation>Produksjonsdomene</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Order submitted</source>
        <translation>Bestilling sendt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Keys saved in Idura</source>
        <translation>Nøklene lagret i Idura</translation>
    </message>
    <message>
        <source>Only in the Idura dashboard and in the Vipps portal. This app deleted its copy from your keychain; it keeps no secret anywhere.</source>
        <translation>Bare i Idura-dashbordet og i Vipps-portalen. Denne appen har slettet sin kopi fra nøkkelringen din, og den lagrer ingen hemmeligheter noe sted.</translation>
    </message>
    <message>
        <source>What to test next</source>
        <translation>Dette bør du teste nå</translation>
    </message>
    <message>
        <source>Save setup &amp;record…</source>
        <translation>Lagre &amp;rapport om oppsettet…</translation>
    </message>
    <message>
        <source>Save a record of this setup as PDF or Markdown</source>
        <translation>Lagre en rapport om dette oppsettet som PDF eller Markdown</translation>
    </message>
    <message>
        <source>E&amp;xport setup…</source>
        <translation>&amp;Eksporter oppsett…</translation>
    </message>
    <message>
        <source>Export this setup to a file</source>
        <translation>Eksporter dette oppsettet til en fil</translation>
    </message>
    <message>
        <source>Log in once through your production domain with Vipps:</source>
        <translation>Logg inn én gang med Vipps via produksjonsdomenet ditt:</translation>
    </message>
    <message>
        <source>Where the keys are now</source>
        <translation>Her er nøklene nå</translation>
    </message>
    <message>
        <source>Use your own application’s client ID and redirect URI. A successful login returns a token with identityscheme “novippslogin”.</source>
        <translation>Bruk client ID og redirect-URI fra din egen applikasjon. En vellykket innlogging gir et token med identityscheme «novippslogin».</translation>
    </message>
</context>
<context>
    <name>HealthCheckBox</name>
    <message>
        <source>Health check (best-effort)</source>
        <translation>Helsesjekk (uten garanti)</translation>
    </message>
    <message>
        <source>C&amp;heck this setup now</source>
        <translation>S&amp;jekk dette oppsettet nå</translation>
    </message>
    <message>
        <source>Checks the domain, the company in Brønnøysund, the callback URL at Vipps and what Idura sends to Vipps. The secret is never needed.</source>
        <translation>Sjekker domenet, selskapet i Brønnøysund, callback-URL-en hos Vipps og det Idura sender til Vipps. Client secret trengs aldri.</translation>
    </message>
    <message>
        <source>Health check progress</source>
        <translation>Fremdrift for helsesjekken</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Ikke sjekket ennå.</translation>
    </message>
    <message>
        <source>Checking this setup…</source>
        <translation>Sjekker dette oppsettet…</translation>
    </message>
    <message>
        <source>Checking %1 of %2: %3…</source>
        <translation>Sjekker %1 av %2: %3…</translation>
    </message>
</context>
<context>
    <name>IduraAppFields</name>
    <message>
        <source>Optional, asked once and kept with this setup: the client ID of one of your applications in Idura and one of that application&apos;s callback URLs. In the Idura dashboard: Applications → your application → Client ID/Realm and Callback URLs.</source>
        <translation>Valgfritt, spørres én gang og lagres med dette oppsettet: client ID-en til én av applikasjonene deres i Idura og én av applikasjonens callback-URL-er. I Idura-dashbordet: Applications → applikasjonen din → Client ID/Realm og Callback URLs.</translation>
    </message>
    <message>
        <source>Client ID of an application in Idura</source>
        <translation>Client ID for en applikasjon i Idura</translation>
    </message>
    <message>
        <source>Application&apos;s client I&amp;D:</source>
        <translation>&amp;Applikasjonens client ID:</translation>
    </message>
    <message>
        <source>One of that application&apos;s callback URLs</source>
        <translation>Én av applikasjonens callback-URL-er</translation>
    </message>
    <message>
        <source>Application&apos;s callbac&amp;k URL:</source>
        <translation>Applikasjonens callbac&amp;k-URL:</translation>
    </message>
    <message>
        <source>A client ID has no spaces.</source>
        <translation>En client ID har ingen mellomrom.</translation>
    </message>
    <message>
        <source>A callback URL starts with https:// (http:// only for localhost).</source>
        <translation>En callback-URL begynner med https:// (http:// bare for localhost).</translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <source>Illustration: %s</source>
        <translation>Illustrasjon: %s</translation>
    </message>
    <message>
        <source>Schematic drawing, not a screenshot. Press Enter to enlarge.</source>
        <translation>Skjematisk tegning, ikke et skjermbilde. Trykk Enter for å forstørre.</translation>
    </message>
    <message>
        <source>Illustration (schematic). Click to enlarge.</source>
        <translation>Illustrasjon (skjematisk). Klikk for å forstørre.</translation>
    </message>
</context>
<context>
    <name>KeychainStatus</name>
    <message>
        <source>Working</source>
        <translation>Arbeider</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>P&amp;røv igjen</translation>
    </message>
    <message>
        <source>No keychain was found on this computer, so the keys are kept in memory for this session only, never in a file. Finish today, or paste them again after restarting the app.</source>
        <translation>Fant ingen nøkkelring på denne maskinen, så nøklene holdes bare i minnet i denne økten, aldri i en fil. Gjør deg ferdig i dag, eller lim dem inn på nytt etter at du har startet appen igjen.</translation>
    </message>
    <message>
        <source>What you typed is kept.</source>
        <translation>Det du har skrevet, er tatt vare på.</translation>
    </message>
</context>
<context>
    <name>LeakedSecretButton</name>
    <message>
        <source>My secret &amp;leaked, or I pasted it in the wrong place…</source>
        <translation>&amp;Hemmeligheten har lekket, eller jeg limte den inn på feil sted …</translation>
    </message>
    <message>
        <source>My secret leaked, or I pasted it in the wrong place</source>
        <translation>Hemmeligheten har lekket, eller jeg limte den inn på feil sted</translation>
    </message>
    <message>
        <source>How to replace the client secret</source>
        <translation>Slik bytter du ut client secret-en</translation>
    </message>
    <message>
        <source>Open the Vipps portal ↗</source>
        <translation>Åpne Vipps-portalen ↗</translation>
    </message>
    <message>
        <source>Paste new keys now</source>
        <translation>Lim inn nye nøkler nå</translation>
    </message>
    <message>
        <source>Old keys not deleted</source>
        <translation>De gamle nøklene ble ikke slettet</translation>
    </message>
    <message>
        <source>The old keys could not be deleted from your keychain (%s). Unlock or start your keychain and try again.</source>
        <translation>De gamle nøklene kunne ikke slettes fra nøkkelringen din (%s). Lås opp eller start nøkkelringen, og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>LinkButton</name>
    <message>
        <source>Opens %s in your browser</source>
        <translation>Åpner %s i nettleseren</translation>
    </message>
    <message>
        <source>%1
Link last checked %2</source>
        <translation>%1
Lenken ble sist sjekket %2</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>Which login do you order?</source>
        <translation>Hvilken innlogging bestiller du?</translation>
    </message>
    <message>
        <source>&amp;Open the Vipps order form ↗</source>
        <translation>Åpne bestillingsskjemaet hos &amp;Vipps ↗</translation>
    </message>
    <message>
        <source>Opens the chosen form in your browser</source>
        <translation>Åpner det valgte skjemaet i nettleseren</translation>
    </message>
    <message>
        <source>Values for the form</source>
        <translation>Verdier til skjemaet</translation>
    </message>
    <message>
        <source>%1 of 30 characters, all allowed</source>
        <translation>%1 av 30 tegn, alle tillatt</translation>
    </message>
    <message>
        <source>Customer-se&amp;rvice login</source>
        <translation>Innlogging for &amp;kundeservice</translation>
    </message>
    <message>
        <source>&amp;Web login</source>
        <translation>Innlogging p&amp;å nett</translation>
    </message>
    <message>
        <source>Open the Vipps order form</source>
        <translation>Åpne bestillingsskjemaet hos Vipps</translation>
    </message>
    <message>
        <source>Sales-&amp;unit name (shown in the Vipps app):</source>
        <translation>Navn på &amp;salgssted (vises i Vipps-appen):</translation>
    </message>
    <message>
        <source>W&amp;ebsite:</source>
        <translation>Nettsi&amp;de:</translation>
    </message>
    <message>
        <source>The form, field by field</source>
        <translation>Skjemaet, felt for felt</translation>
    </message>
    <message>
        <source>Field on the form</source>
        <translation>Felt i skjemaet</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betydning</translation>
    </message>
    <message>
        <source>What to enter</source>
        <translation>Dette fyller du inn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>the Vipps order form with numbered fields</source>
        <translation>bestillingsskjemaet hos Vipps, med nummererte felt</translation>
    </message>
    <message>
        <source>Who submits the order?</source>
        <translation>Hvem sender inn bestillingen?</translation>
    </message>
    <message>
        <source>I may sign for the company: I sign and submit the order &amp;myself</source>
        <translation>&amp;Jeg kan signere for bedriften: Jeg signerer og sender inn bestillingen selv</translation>
    </message>
    <message>
        <source>Someone else si&amp;gns: I send them the order link</source>
        <translation>En annen si&amp;gnerer: Jeg sender bestillingslenken til vedkommende</translation>
    </message>
    <message>
        <source>I have &amp;submitted the order</source>
        <translation>Jeg har sendt &amp;bestillingen</translation>
    </message>
    <message>
        <source>Wri&amp;te to:</source>
        <translation>Sk&amp;riv til:</translation>
    </message>
    <message>
        <source>Name and e-mail</source>
        <translation>Navn og e-postadresse</translation>
    </message>
    <message>
        <source>&amp;Keys go to (contact person):</source>
        <translation>Nøklene går til (k&amp;ontaktperson):</translation>
    </message>
    <message>
        <source>The contact person on the order form receives the keys and gets access to the Vipps portal.</source>
        <translation>Kontaktpersonen i bestillingsskjemaet får nøklene og tilgang til Vipps-portalen.</translation>
    </message>
    <message>
        <source>Message l&amp;anguage:</source>
        <translation>Språk i m&amp;eldingen:</translation>
    </message>
    <message>
        <source>Message to the signer</source>
        <translation>Melding til den som signerer</translation>
    </message>
    <message>
        <source>message to the signer</source>
        <translation>melding til den som signerer</translation>
    </message>
    <message>
        <source>&amp;Copy the message</source>
        <translation>Ko&amp;pier meldingen</translation>
    </message>
    <message>
        <source>Open as e-mail &amp;draft ↗</source>
        <translation>Åpne som e-post&amp;utkast ↗</translation>
    </message>
    <message>
        <source>Open as e-mail draft</source>
        <translation>Åpne som e-postutkast</translation>
    </message>
    <message>
        <source>Opens the message in your e-mail program</source>
        <translation>Åpner meldingen i e-postprogrammet ditt</translation>
    </message>
    <message>
        <source>I have se&amp;nt the order link to the signer</source>
        <translation>Jeg har sendt bestillingslenken &amp;til den som signerer</translation>
    </message>
    <message>
        <source>Label as last seen; the form may word it differently.</source>
        <translation>Feltnavnet slik det sist så ut; skjemaet kan ordlegge det annerledes.</translation>
    </message>
    <message>
        <source>The value for the form field “%s”</source>
        <translation>Verdien til skjemafeltet «%s»</translation>
    </message>
    <message>
        <source>May bind the company (from Brønnøysundregistrene): %s</source>
        <translation>Kan forplikte bedriften (fra Brønnøysundregistrene): %s</translation>
    </message>
    <message>
        <source>Vipps&apos; 2023 guide to its order links: the styreleder or daglig leder registered in Brønnøysundregistrene opens the link and submits the order.</source>
        <translation>Ifølge Vipps&apos; veiledning for bestillingslenker (2023) er det styrelederen eller daglig leder, slik de er registrert i Brønnøysundregistrene, som åpner lenken og sender inn bestillingen.</translation>
    </message>
    <message>
        <source>(no name in the greeting)</source>
        <translation>(uten navn i hilsenen)</translation>
    </message>
    <message>
        <source>(not entered yet)</source>
        <translation>(ikke fylt inn ennå)</translation>
    </message>
</context>
<context>
    <name>PortalPage</name>
    <message>
        <source>A. Find the keys</source>
        <translation>A. Finn nøklene</translation>
    </message>
    <message>
        <source>the Vipps portal&apos;s API keys page</source>
        <translation>siden med API-nøkler i Vipps-portalen</translation>
    </message>
    <message>
        <source>I can see the client &amp;ID and client secret</source>
        <translation>Jeg ser client &amp;ID og client secret</translation>
    </message>
    <message>
        <source>B. Register the callback URL</source>
        <translation>B. Registrer callback-URL-en</translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation>callback-URL</translation>
    </message>
    <message>
        <source>the Vipps portal&apos;s redirect URI settings</source>
        <translation>innstillingene for redirect-URI i Vipps-portalen</translation>
    </message>
    <message>
        <source>I have added the callback URL and &amp;saved</source>
        <translation>Jeg har lagt til callback-URL-en og la&amp;gret</translation>
    </message>
</context>
<context>
    <name>PrerequisitesPage</name>
    <message>
        <source>&amp;Organisation number:</source>
        <translation>&amp;Organisasjonsnummer:</translation>
    </message>
    <message>
        <source>Valid organisation number %s</source>
        <translation>Gyldig organisasjonsnummer %s</translation>
    </message>
    <message>
        <source>Open the company in Brønnøysundregistre&amp;ne ↗</source>
        <translation>Åpne bedriften i Brønnøysundregistre&amp;ne ↗</translation>
    </message>
    <message>
        <source>Open the company in Brønnøysundregistrene</source>
        <translation>Åpne bedriften i Brønnøysundregistrene</translation>
    </message>
    <message>
        <source>Confirm that</source>
        <translation>Bekreft at</translation>
    </message>
    <message>
        <source>Opens %s in your browser</source>
        <translation>Åpner %s i nettleseren</translation>
    </message>
    <message>
        <source>Looking the company up in Brønnøysundregistrene…</source>
        <translation>Slår opp bedriften i Brønnøysundregistrene…</translation>
    </message>
    <message>
        <source>Could not fetch who may sign; check the roles at Brønnøysundregistrene.</source>
        <translation>Fikk ikke hentet hvem som kan signere; sjekk rollene i Brønnøysundregistrene.</translation>
    </message>
    <message>
        <source>Brønnøysund lists nobody who may bind the company (no styreleder, daglig leder, innehaver, signature or prokura). Vipps needs such a person to sign.</source>
        <translation>Brønnøysundregistrene oppgir ingen som kan forplikte bedriften (ingen styreleder, daglig leder, innehaver, signatur eller prokura). Vipps trenger en slik person til å signere.</translation>
    </message>
    <message>
        <source>May bind the company, as Brønnøysund lists it (signs with BankID): %s</source>
        <translation>Kan forplikte bedriften ifølge Brønnøysundregistrene (signerer med BankID): %s</translation>
    </message>
    <message>
        <source>“I fellesskap” means together: these people can bind the company only jointly.</source>
        <translation>«I fellesskap» betyr sammen: Disse personene kan bare forplikte bedriften sammen.</translation>
    </message>
    <message>
        <source>Vipps&apos; 2023 guide to its order links says the person who opens the link must be registered as styreleder or daglig leder, and Brønnøysund lists neither for this company. Whether Vipps lets the people above in is not documented: if the link turns them away, ask Vipps.</source>
        <translation>Ifølge Vipps&apos; veiledning for bestillingslenker (2023) må den som åpner lenken, være registrert som styreleder eller daglig leder, og Brønnøysundregistrene oppgir ingen av dem for denne bedriften. Om Vipps slipper inn personene ovenfor, står det ingenting om. Blir de avvist, spør Vipps.</translation>
    </message>
    <message>
        <source>Use the main company&apos;s number, %s</source>
        <translation>Bruk hovedenhetens nummer, %s</translation>
    </message>
</context>
<context>
    <name>RedirectCheckBox</name>
    <message>
        <source>Does Vipps accept the callback URL? (best-effort)</source>
        <translation>Godtar Vipps callback-URL-en? (uten garanti)</translation>
    </message>
    <message>
        <source>Asks Vipps&apos; login service with the client ID only (never the secret) whether the callback URL is registered for it. Best-effort: Vipps has no official way to check this; “inconclusive” is an honest answer.</source>
        <translation>Spør innloggingstjenesten til Vipps, bare med client ID (aldri client secret), om callback-URL-en er registrert for den. Uten garanti: Vipps har ingen offisiell måte å sjekke dette på; «uavklart» er et ærlig svar.</translation>
    </message>
    <message>
        <source>Client ID to check</source>
        <translation>Client ID som skal sjekkes</translation>
    </message>
    <message>
        <source>Client I&amp;D (optional):</source>
        <translation>Client I&amp;D (valgfritt):</translation>
    </message>
    <message>
        <source>Ask &amp;Vipps about the callback URL</source>
        <translation>Spø&amp;r Vipps om callback-URL-en</translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation>callback-URL</translation>
    </message>
    <message>
        <source>Enter a valid client ID first (the callback URL comes from your domain).</source>
        <translation>Skriv inn en gyldig client ID først (callback-URL-en kommer fra domenet ditt).</translation>
    </message>
    <message>
        <source>Asking Vipps about the callback URL…</source>
        <translation>Spør Vipps om callback-URL-en…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Vipps Login Setup</source>
        <translation>Oppsett av Vipps Login</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <source>Import setup</source>
        <translation>Importer oppsett</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fullfør</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Switch language to %s</source>
        <translation>Bytt språk til %s</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>gjeldende steg</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fullført</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>ikke fullført</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Opens %s in your browser</source>
        <translation>Åpner %s i nettleseren</translation>
    </message>
    <message>
        <source>In the dashboard the page is eID providers › Vipps MobilePay (older screenshots and guides: Identity Providers, or Identity sources → Vipps).</source>
        <translation>I dashbordet heter siden «eID providers» › «Vipps MobilePay» (i eldre skjermbilder og veiledninger: «Identity Providers» eller «Identity sources» → «Vipps»).</translation>
    </message>
    <message>
        <source>Values to paste</source>
        <translation>Verdier å lime inn</translation>
    </message>
    <message>
        <source>client ID</source>
        <translation>client ID</translation>
    </message>
    <message>
        <source>Copy client &amp;ID</source>
        <translation>Kopier client &amp;ID</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>client secret</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client secret:</translation>
    </message>
    <message>
        <source>Paste the client ID into “Client id”</source>
        <translation>Lim inn client ID i «Client id»</translation>
    </message>
    <message>
        <source>Paste the client secret into “Client secret”</source>
        <translation>Lim inn client secret i «Client secret»</translation>
    </message>
    <message>
        <source>Press “Save”</source>
        <translation>Trykk «Save»</translation>
    </message>
    <message>
        <source>&amp;Open the Vipps MobilePay page in the Idura dashboard ↗</source>
        <translation>&amp;Åpne Vipps MobilePay-siden i Idura-dashbordet ↗</translation>
    </message>
    <message>
        <source>Open the Vipps MobilePay page in the Idura dashboard</source>
        <translation>Åpne Vipps MobilePay-siden i Idura-dashbordet</translation>
    </message>
    <message>
        <source>In the Idura dashboard</source>
        <translation>I Idura-dashbordet</translation>
    </message>
    <message>
        <source>Choose “&amp;Production environment” in the environment dropdown at the top left first</source>
        <translation>Velg først «&amp;Production environment» i nedtrekkslisten for miljø øverst til venstre</translation>
    </message>
    <message>
        <source>Leave “Include SSN (fødselsnummer)” off, unless Vipps has granted the access (see below)</source>
        <translation>La «Include SSN (fødselsnummer)» være av, med mindre Vipps har gitt tilgangen (se nedenfor)</translation>
    </message>
    <message>
        <source>About “Include SSN (fødselsnummer)”</source>
        <translation>Om «Include SSN (fødselsnummer)»</translation>
    </message>
    <message>
        <source>I have &amp;saved them in Idura…</source>
        <translation>Jeg har la&amp;gret dem i Idura …</translation>
    </message>
    <message>
        <source>Deletes the keys from this computer&apos;s keychain and finishes the setup</source>
        <translation>Sletter nøklene fra nøkkelringen på denne maskinen og fullfører oppsettet</translation>
    </message>
    <message>
        <source>Done: the keys were deleted from this computer on %s.</source>
        <translation>Ferdig: Nøklene ble slettet fra denne maskinen %s.</translation>
    </message>
    <message>
        <source>Reading the keys from your keychain…</source>
        <translation>Henter nøklene fra nøkkelringen din…</translation>
    </message>
    <message>
        <source>The keys are no longer in your keychain (deleted outside the app, or the app was restarted without a keychain). Go Back and paste them again.</source>
        <translation>Nøklene ligger ikke lenger i nøkkelringen din (slettet utenfor appen, eller appen ble startet på nytt uten nøkkelring). Gå tilbake og lim dem inn på nytt.</translation>
    </message>
    <message>
        <source>Keys ready to copy.</source>
        <translation>Nøklene er klare til å kopieres.</translation>
    </message>
    <message numerus="yes">
        <source>The secret is on the clipboard; cleared in %n second(s).</source>
        <translation>
            <numerusform>Client secret ligger på utklippstavlen og fjernes om %n sekund.</numerusform>
            <numerusform>Client secret ligger på utklippstavlen og fjernes om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared: the secret is no longer on it.</source>
        <translation>Utklippstavlen er tømt: Client secret ligger ikke lenger der.</translation>
    </message>
    <message>
        <source>Keys saved in Idura?</source>
        <translation>Er nøklene lagret i Idura?</translation>
    </message>
    <message>
        <source>Have you pressed Save in the Idura dashboard? The app now deletes the client ID and secret from this computer. After that they exist only in Idura and in the Vipps portal.</source>
        <translation>Har du trykket «Save» i Idura-dashbordet? Appen sletter nå client ID og client secret fra denne maskinen. Etter det finnes de bare i Idura og i Vipps-portalen.</translation>
    </message>
    <message>
        <source>Yes, delete them here</source>
        <translation>Ja, slett dem her</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ikke ennå</translation>
    </message>
    <message>
        <source>Careful: the last check (“Did Idura save your keys?”) did not confirm that Idura has these keys where they belong.</source>
        <translation>Obs: Den siste sjekken («Har Idura lagret nøklene dine?») bekreftet ikke at Idura har disse nøklene der de skal være.</translation>
    </message>
    <message>
        <source>Idura has them</source>
        <translation>Idura har dem</translation>
    </message>
    <message>
        <source>Idura sends your client ID to Vipps, so the keys were saved there. The app now deletes the client ID and secret from this computer. (Only a real login proves the secret: try the test login afterwards.)</source>
        <translation>Idura sender client ID-en din til Vipps, så nøklene ble lagret der. Appen sletter nå client ID og client secret fra denne maskinen. (Bare en ekte innlogging beviser at client secret er riktig: prøv testinnloggingen etterpå.)</translation>
    </message>
    <message>
        <source>Deleting the keys from your keychain…</source>
        <translation>Sletter nøklene fra nøkkelringen din…</translation>
    </message>
</context>
<context>
    <name>ValidatedField</name>
    <message>
        <source>Looks right.</source>
        <translation>Ser riktig ut.</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>Has the order been submitted?</source>
        <translation>Er bestillingen sendt inn?</translation>
    </message>
    <message>
        <source>Yes, the product order has been &amp;submitted on the Vipps portal</source>
        <translation>Ja, produktbestillingen er &amp;sendt inn i Vipps-portalen</translation>
    </message>
    <message>
        <source>Vipps has &amp;approved the order</source>
        <translation>Vipps har &amp;godkjent bestillingen</translation>
    </message>
    <message>
        <source>You sent the order link to the signer on %s. Ask them whether they have submitted the order: nothing happens at Vipps before that.</source>
        <translation>Du sendte bestillingslenken til den som signerer, %s. Spør om bestillingen er sendt inn: Ingenting skjer hos Vipps før det.</translation>
    </message>
    <message>
        <source>The order was submitted on %s.</source>
        <translation>Bestillingen ble sendt inn %s.</translation>
    </message>
    <message>
        <source>The order was submitted today (%s).</source>
        <translation>Bestillingen ble sendt inn i dag (%s).</translation>
    </message>
    <message numerus="yes">
        <source>The order was submitted on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Bestillingen ble sendt inn %1, for %n dag siden.</numerusform>
            <numerusform>Bestillingen ble sendt inn %1, for %n dager siden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Your setups</source>
        <translation>&amp;Dine oppsett</translation>
    </message>
    <message>
        <source>Your setups</source>
        <translation>Dine oppsett</translation>
    </message>
    <message>
        <source>Choose a saved setup to resume, or start a new one, then press Next.</source>
        <translation>Velg et lagret oppsett for å fortsette der du slapp, eller start et nytt, og trykk deretter «Neste».</translation>
    </message>
    <message>
        <source>&amp;Import setup…</source>
        <translation>&amp;Importer oppsett…</translation>
    </message>
    <message>
        <source>Import a setup from a file</source>
        <translation>Importer et oppsett fra en fil</translation>
    </message>
    <message>
        <source>Save setup &amp;record…</source>
        <translation>Lagre &amp;rapport om oppsettet…</translation>
    </message>
    <message>
        <source>Save a record of the selected setup as PDF or Markdown</source>
        <translation>Lagre en rapport om det valgte oppsettet som PDF eller Markdown</translation>
    </message>
    <message>
        <source>E&amp;xport setup…</source>
        <translation>&amp;Eksporter oppsett…</translation>
    </message>
    <message>
        <source>Export the selected setup to a file</source>
        <translation>Eksporter det valgte oppsettet til en fil</translation>
    </message>
    <message>
        <source>Check &amp;all finished setups</source>
        <translation>Sjekk &amp;alle ferdige oppsett</translation>
    </message>
    <message>
        <source>Runs the health check of every finished setup, one after another, and keeps each result with its setup. The secret is never needed.</source>
        <translation>Kjører helsesjekken for hvert ferdige oppsett, ett etter ett, og lagrer hvert resultat i oppsettet sitt. Client secret trengs aldri.</translation>
    </message>
    <message>
        <source>&amp;Delete setup…</source>
        <translation>&amp;Slett oppsett…</translation>
    </message>
    <message>
        <source>Delete the selected setup</source>
        <translation>Slett det valgte oppsettet</translation>
    </message>
    <message>
        <source>+  Start a new setup</source>
        <translation>+  Start et nytt oppsett</translation>
    </message>
    <message>
        <source>Start a new setup</source>
        <translation>Start et nytt oppsett</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Ny bedrift</translation>
    </message>
    <message>
        <source>no domain yet</source>
        <translation>ikke noe domene ennå</translation>
    </message>
    <message>
        <source>was written by a newer version of this app</source>
        <translation>ble skrevet av en nyere versjon av denne appen</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>kunne ikke leses</translation>
    </message>
    <message>
        <source>A saved setup %1. It was kept, unchanged, as %2.</source>
        <translation>Et lagret oppsett %1. Det er tatt vare på, uendret, som %2.</translation>
    </message>
    <message>
        <source>Delete setup</source>
        <translation>Slett oppsett</translation>
    </message>
    <message>
        <source>Delete the setup “%s”? What you entered for it is removed, and its keys are deleted from your keychain; anything you sent to Vipps or Criipto stays there.</source>
        <translation>Slette oppsettet «%s»? Det du har fylt inn for det, fjernes, og nøklene slettes fra nøkkelringen din; det du har sendt til Vipps eller Criipto, blir liggende der.</translation>
    </message>
    <message>
        <source>Deleting the setup&apos;s keys from your keychain…</source>
        <translation>Sletter oppsettets nøkler fra nøkkelringen din…</translation>
    </message>
    <message>
        <source>The setup was kept: its keys could not be deleted from your keychain (%1). Unlock or start your keychain and delete the setup again. If you delete them by hand instead, they are the entries %2 of “%3” in your keychain app.</source>
        <translation>Oppsettet ble beholdt: nøklene kunne ikke slettes fra nøkkelringen din (%1). Lås opp eller start nøkkelringen, og slett oppsettet på nytt. Hvis du heller sletter dem for hånd, er det oppføringene %2 under «%3» i nøkkelring-appen din.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Last changed %s</source>
        <translation>Sist endret %s</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>for %n dag siden</numerusform>
            <numerusform>for %n dager siden</numerusform>
        </translation>
    </message>
    <message>
        <source>Your turn: %1 — last changed %2</source>
        <translation>Din tur: %1 — sist endret %2</translation>
    </message>
    <message>
        <source>Waiting for the signer to submit the order — sent %1</source>
        <translation>Venter på at signataren sender inn bestillingen — sendt %1</translation>
    </message>
    <message>
        <source>Waiting for Vipps to approve the order — submitted %1</source>
        <translation>Venter på at Vipps godkjenner bestillingen — sendt inn %1</translation>
    </message>
    <message>
        <source>Approved %1: fetch the keys in the Vipps portal</source>
        <translation>Godkjent %1: hent nøklene i Vipps-portalen</translation>
    </message>
    <message>
        <source>Your turn: save the keys from the Vipps portal in this app — approved %1</source>
        <translation>Din tur: lagre nøklene fra Vipps-portalen i denne appen — godkjent %1</translation>
    </message>
    <message>
        <source>Your turn: save the keys in Idura — kept in your keychain, saved %1</source>
        <translation>Din tur: lagre nøklene i Idura — de ligger i nøkkelringen din, lagret %1</translation>
    </message>
    <message>
        <source>Done %1 — not checked yet</source>
        <translation>Ferdig %1 — ikke sjekket ennå</translation>
    </message>
    <message>
        <source>Done — problem found on %1: see the health check</source>
        <translation>Ferdig — fant et problem %1: se helsesjekken</translation>
    </message>
    <message>
        <source>Done — could not check on %1: check again</source>
        <translation>Ferdig — kunne ikke sjekkes %1: sjekk på nytt</translation>
    </message>
    <message>
        <source>Done — nothing wrong found on %1 (partly checked)</source>
        <translation>Ferdig — ingen feil funnet %1 (delvis sjekket)</translation>
    </message>
    <message>
        <source>Done — all OK on %1</source>
        <translation>Ferdig — alt OK %1</translation>
    </message>
    <message>
        <source>start with the prerequisites</source>
        <translation>begynn med forutsetningene</translation>
    </message>
    <message>
        <source>check the prerequisites</source>
        <translation>sjekk forutsetningene</translation>
    </message>
    <message>
        <source>enter the Idura domain</source>
        <translation>skriv inn Idura-domenet</translation>
    </message>
    <message>
        <source>copy the callback URL</source>
        <translation>kopier callback-URL-en</translation>
    </message>
    <message>
        <source>order Vipps Login</source>
        <translation>bestill Vipps Login</translation>
    </message>
    <message>
        <source>go on with the setup</source>
        <translation>fortsett med oppsettet</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behold det</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The disk that holds %s is full. Vipps Login Setup cannot save your progress until there is free space: free some space, then go on. What you type stays in the fields and is saved as soon as it can be.</source>
        <translation>Disken som har %s, er full. Oppsett av Vipps Login kan ikke lagre fremdriften din før det er ledig plass: frigjør litt plass og fortsett. Det du skriver, blir stående i feltene og lagres så snart det går.</translation>
    </message>
    <message>
        <source>Vipps Login Setup keeps its data in %s, but part of that path is a file, not a folder. Move that file away, or start the app with --profile-dir and another folder.</source>
        <translation>Oppsett av Vipps Login lagrer dataene sine i %s, men en del av den stien er en fil, ikke en mappe. Flytt filen bort, eller start appen med --profile-dir og en annen mappe.</translation>
    </message>
    <message>
        <source>Vipps Login Setup cannot read its folder %s (no permission). Give your user account access to it, or start the app with --profile-dir and another folder.</source>
        <translation>Oppsett av Vipps Login kan ikke lese mappen %s (mangler tilgang). Gi brukerkontoen din tilgang til den, eller start appen med --profile-dir og en annen mappe.</translation>
    </message>
    <message>
        <source>Vipps Login Setup cannot write to %s (read-only, or no permission). You can look at your setups, but changes will not be saved. Give your user account write access to the folder, or start the app with --profile-dir and another folder.</source>
        <translation>Oppsett av Vipps Login kan ikke skrive til %s (skrivebeskyttet, eller mangler tilgang). Du kan se oppsettene dine, men endringer blir ikke lagret. Gi brukerkontoen din skrivetilgang til mappen, eller start appen med --profile-dir og en annen mappe.</translation>
    </message>
    <message>
        <source>Vipps Login Setup</source>
        <translation>Oppsett av Vipps Login</translation>
    </message>
    <message>
        <source>Vipps Login Setup is already running for this profile (%s). Switch to its window, or close it first.</source>
        <translation>Oppsett av Vipps Login kjører allerede for denne profilen (%s). Bytt til vinduet, eller lukk det først.</translation>
    </message>
</context>
<context>
    <name>chain_check</name>
    <message>
        <source>(best-effort check)</source>
        <translation>(sjekk uten garanti)</translation>
    </message>
    <message>
        <source>Vipps, for the URL Idura sends:</source>
        <translation>Vipps, for URL-en Idura sender:</translation>
    </message>
    <message>
        <source>Vipps could not be asked: the Vipps half is not checked.</source>
        <translation>Fikk ikke spurt Vipps: Vipps-delen er ikke sjekket.</translation>
    </message>
    <message>
        <source>Best-effort check: it proves the callback URL is registered and which client ID Idura sends; only a real login proves the secret.</source>
        <translation>Sjekk uten garanti: den viser at callback-URL-en er registrert og hvilken client ID Idura sender; bare en ekte innlogging beviser at client secret er riktig.</translation>
    </message>
    <message>
        <source>Keep the keys on this computer: you need them to save them again.</source>
        <translation>Behold nøklene på denne datamaskinen: du trenger dem for å lagre dem på nytt.</translation>
    </message>
    <message>
        <source>In the Idura dashboard, choose “Test environment” in the environment dropdown at the top left, paste the client ID and secret under eID providers › Vipps MobilePay and press Save. Then check again.</source>
        <translation>Velg «Test environment» i nedtrekkslisten for miljø øverst til venstre i Idura-dashbordet, lim inn client ID og client secret under «eID providers» › «Vipps MobilePay» og trykk «Save». Sjekk deretter igjen.</translation>
    </message>
    <message>
        <source>In the Idura dashboard, choose “Production environment” in the environment dropdown at the top left, paste the client ID and secret under eID providers › Vipps MobilePay and press Save. Then check again.</source>
        <translation>Velg «Production environment» i nedtrekkslisten for miljø øverst til venstre i Idura-dashbordet, lim inn client ID og client secret under «eID providers» › «Vipps MobilePay» og trykk «Save». Sjekk deretter igjen.</translation>
    </message>
    <message>
        <source>Keep the keys on this computer for now: Vipps has not accepted the callback URL Idura sends. Fix that first, then check again.</source>
        <translation>Behold nøklene på denne datamaskinen foreløpig: Vipps har ikke godtatt callback-URL-en som Idura sender. Rett det først, og sjekk deretter igjen.</translation>
    </message>
    <message>
        <source>&amp;Test login in your browser ↗</source>
        <translation>Testinnl&amp;ogging i nettleseren ↗</translation>
    </message>
    <message>
        <source>Test login in your browser</source>
        <translation>Testinnlogging i nettleseren</translation>
    </message>
    <message>
        <source>Opens your Idura domain&apos;s login with Vipps in your browser (prompt=login): log in once with your own Vipps app to see it work end to end.</source>
        <translation>Åpner innloggingen med Vipps på Idura-domenet ditt i nettleseren (prompt=login): logg inn én gang med din egen Vipps-app og se at alt virker hele veien.</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <source>INCONCLUSIVE</source>
        <translation>UAVKLART</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>HOPPET OVER</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>IKKE SJEKKET</translation>
    </message>
    <message>
        <source>best-effort: read from how the services answer</source>
        <translation>uten garanti: lest ut fra hvordan tjenestene svarer</translation>
    </message>
    <message>
        <source>(Not saved with the setup.)</source>
        <translation>(Ikke lagret i oppsettet.)</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merk</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Uavklart</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbeider</translation>
    </message>
</context>
<context>
    <name>handover</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Vipps Login setup (*%s)</source>
        <translation>Vipps Login-oppsett (*%s)</translation>
    </message>
    <message>
        <source>It could not be read (%1).</source>
        <translation>Den kunne ikke leses (%1).</translation>
    </message>
    <message>
        <source>It is not a regular file.</source>
        <translation>Det er ikke en vanlig fil.</translation>
    </message>
    <message>
        <source>It is larger than a setup file can be (%1), so it was not read.</source>
        <translation>Den er større enn en oppsettsfil kan være (%1), så den ble ikke lest.</translation>
    </message>
    <message>
        <source>Its content is not a setup export (not JSON).</source>
        <translation>Innholdet er ikke et eksportert oppsett (ikke JSON).</translation>
    </message>
    <message>
        <source>It is not a setup exported by Vipps Login Setup.</source>
        <translation>Det er ikke et oppsett eksportert av Vipps Login Setup.</translation>
    </message>
    <message>
        <source>It was exported by a newer version of Vipps Login Setup (format version %1). Update this app, then import it again.</source>
        <translation>Den ble eksportert av en nyere versjon av Vipps Login Setup (formatversjon %1). Oppdater appen, og importer den på nytt.</translation>
    </message>
    <message>
        <source>The setup in it is damaged (%1).</source>
        <translation>Oppsettet i den er skadet (%1).</translation>
    </message>
    <message>
        <source>It holds fields this app does not know, or values of the wrong type (%1). Export the setup again with the same version of the app.</source>
        <translation>Den har felt appen ikke kjenner, eller verdier av feil type (%1). Eksporter oppsettet på nytt med samme versjon av appen.</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>“%1” was not imported; nothing was changed.</source>
        <translation>«%1» ble ikke importert; ingenting ble endret.</translation>
    </message>
    <message>
        <source>setup-record</source>
        <translation>rapport-oppsett</translation>
    </message>
    <message>
        <source>Save setup record</source>
        <translation>Lagre rapport om oppsettet</translation>
    </message>
    <message>
        <source>The setup record could not be saved in %1 (%2).</source>
        <translation>Rapporten om oppsettet kunne ikke lagres i %1 (%2).</translation>
    </message>
    <message>
        <source>Setup record saved as %1.</source>
        <translation>Rapporten om oppsettet er lagret som %1.</translation>
    </message>
    <message>
        <source>Export setup</source>
        <translation>Eksporter oppsett</translation>
    </message>
    <message>
        <source>The setup could not be exported to %1 (%2).</source>
        <translation>Oppsettet kunne ikke eksporteres til %1 (%2).</translation>
    </message>
    <message>
        <source>Setup exported as %1.</source>
        <translation>Oppsettet er eksportert som %1.</translation>
    </message>
    <message>
        <source>Its keys are not in the file: on the other computer, they are pasted again.</source>
        <translation>Nøklene er ikke med i filen: på den andre datamaskinen limes de inn på nytt.</translation>
    </message>
    <message>
        <source>Import setup</source>
        <translation>Importer oppsett</translation>
    </message>
    <message>
        <source>The setup “%1” is already here. Replace it with the one in the file, or keep both (the imported one gets a new id)?</source>
        <translation>Oppsettet «%1» finnes allerede her. Vil du erstatte det med det i filen, eller beholde begge (det importerte får en ny id)?</translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation>&amp;Erstatt det</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Behold begge</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ingenting ble importert.</translation>
    </message>
    <message>
        <source>The setup could not be imported (%1); nothing was changed.</source>
        <translation>Oppsettet kunne ikke importeres (%1); ingenting ble endret.</translation>
    </message>
    <message>
        <source>The setup was imported and opens where it was left.</source>
        <translation>Oppsettet er importert og åpnes der det ble forlatt.</translation>
    </message>
    <message>
        <source>Its keys were not part of the file: when you reach the step “%1”, paste them again from the Vipps portal.</source>
        <translation>Nøklene var ikke med i filen: når du kommer til steget «%1», limer du dem inn på nytt fra Vipps-portalen.</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <source>Domain (Idura login configuration)</source>
        <translation>Domene (innloggingsoppsettet hos Idura)</translation>
    </message>
    <message>
        <source>Company in Brønnøysund</source>
        <translation>Selskapet i Brønnøysund</translation>
    </message>
    <message>
        <source>Callback URL registered at Vipps</source>
        <translation>Callback-URL registrert hos Vipps</translation>
    </message>
    <message>
        <source>Idura sends your client ID and callback URL</source>
        <translation>Idura sender client ID-en og callback-URL-en din</translation>
    </message>
    <message>
        <source>All OK on %s.</source>
        <translation>Alt OK %s.</translation>
    </message>
    <message>
        <source>Problems found on %s.</source>
        <translation>Fant problemer %s.</translation>
    </message>
    <message>
        <source>Some checks could not run on %s.</source>
        <translation>Noen sjekker kunne ikke kjøres %s.</translation>
    </message>
    <message>
        <source>Inconclusive on %s.</source>
        <translation>Uavklart %s.</translation>
    </message>
    <message>
        <source>Partly checked on %s.</source>
        <translation>Delvis sjekket %s.</translation>
    </message>
    <message>
        <source>Checked on %s.</source>
        <translation>Sjekket %s.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Enter the 9-digit organisation number.</source>
        <translation>Skriv inn det nisifrede organisasjonsnummeret.</translation>
    </message>
    <message>
        <source>An organisation number has digits only (found “{char}”).</source>
        <translation>Et organisasjonsnummer har bare sifre (fant «{char}»).</translation>
    </message>
    <message>
        <source>An organisation number has 9 digits; this has {count}.</source>
        <translation>Et organisasjonsnummer har 9 sifre; dette har {count}.</translation>
    </message>
    <message>
        <source>This is not a valid organisation number: the last digit does not match. Check for a typo.</source>
        <translation>Dette er ikke et gyldig organisasjonsnummer: Det siste sifferet stemmer ikke. Sjekk om du har skrevet feil.</translation>
    </message>
    <message>
        <source>Enter your Criipto production domain, e.g. acme.idura.broker.</source>
        <translation>Skriv inn produksjonsdomenet ditt i Criipto, for eksempel acme.idura.broker.</translation>
    </message>
    <message>
        <source>A domain cannot contain spaces.</source>
        <translation>Et domene kan ikke inneholde mellomrom.</translation>
    </message>
    <message>
        <source>This is not a valid domain name.</source>
        <translation>Dette er ikke et gyldig domenenavn.</translation>
    </message>
    <message>
        <source>A domain cannot contain “{char}”.</source>
        <translation>Et domene kan ikke inneholde «{char}».</translation>
    </message>
    <message>
        <source>“{label}” is not a valid part of a domain name (letters, digits and hyphens, not starting or ending with a hyphen).</source>
        <translation>«{label}» er ikke en gyldig del av et domenenavn (bokstaver, sifre og bindestreker, men ikke bindestrek først eller sist).</translation>
    </message>
    <message>
        <source>A full domain has at least one dot, e.g. acme.idura.broker.</source>
        <translation>Et fullstendig domene har minst ett punktum, for eksempel acme.idura.broker.</translation>
    </message>
    <message>
        <source>This domain name is too long.</source>
        <translation>Dette domenenavnet er for langt.</translation>
    </message>
    <message>
        <source>Enter a domain name, not an IP address.</source>
        <translation>Skriv inn et domenenavn, ikke en IP-adresse.</translation>
    </message>
    <message>
        <source>Removed “{scheme}://”: only the domain is needed.</source>
        <translation>Fjernet «{scheme}://»: Bare domenet trengs.</translation>
    </message>
    <message>
        <source>Removed the path after the domain.</source>
        <translation>Fjernet stien etter domenet.</translation>
    </message>
    <message>
        <source>Removed the port “:{port}”.</source>
        <translation>Fjernet porten «:{port}».</translation>
    </message>
    <message>
        <source>Removed the trailing dot.</source>
        <translation>Fjernet punktumet på slutten.</translation>
    </message>
    <message>
        <source>International name: it is written {host} in URLs.</source>
        <translation>Internasjonalt navn: I URL-er skrives det {host}.</translation>
    </message>
    <message>
        <source>This looks like a test domain (it contains “-test.” or “.test.”). Vipps production keys need your production domain.</source>
        <translation>Dette ser ut som et testdomene (det inneholder «-test.» eller «.test.»). Produksjonsnøkler fra Vipps krever produksjonsdomenet ditt.</translation>
    </message>
    <message>
        <source>It contains invisible characters (pasted along).</source>
        <translation>Den inneholder usynlige tegn (som fulgte med da du limte inn).</translation>
    </message>
    <message>
        <source>It has spaces or line breaks at the start or end.</source>
        <translation>Den har mellomrom eller linjeskift i starten eller på slutten.</translation>
    </message>
    <message>
        <source>This is not a URL.</source>
        <translation>Dette er ikke en URL.</translation>
    </message>
    <message>
        <source>It starts with “{scheme}://”; it must be https://.</source>
        <translation>Den starter med «{scheme}://»; den må starte med https://.</translation>
    </message>
    <message>
        <source>It is for another domain: {got} instead of {want}. Was Production environment chosen in the dashboard?</source>
        <translation>Den gjelder et annet domene: {got} i stedet for {want}. Var «Production environment» valgt i dashbordet?</translation>
    </message>
    <message>
        <source>Upper and lower case differ. Vipps compares exactly: use the copied URL.</source>
        <translation>Store og små bokstaver er forskjellige. Vipps sammenligner nøyaktig: Bruk den kopierte URL-en.</translation>
    </message>
    <message>
        <source>It ends with a slash; the callback URL does not.</source>
        <translation>Den slutter med skråstrek; det gjør ikke callback-URL-en.</translation>
    </message>
    <message>
        <source>The path is {got} instead of /NOVippsLogin/Callback.</source>
        <translation>Stien er {got} i stedet for /NOVippsLogin/Callback.</translation>
    </message>
    <message>
        <source>It has a ? or # part; the callback URL has none.</source>
        <translation>Den har en ?- eller #-del; det har ikke callback-URL-en.</translation>
    </message>
    <message>
        <source>It differs from the callback URL.</source>
        <translation>Den er forskjellig fra callback-URL-en.</translation>
    </message>
    <message>
        <source>Enter the name users will see in the Vipps app.</source>
        <translation>Skriv inn navnet brukerne skal se i Vipps-appen.</translation>
    </message>
    <message>
        <source>Vipps does not accept these characters: {chars}. Use letters, digits, spaces and \ ( ) - _ + . (a few more signs such as , / : @ are accepted too).</source>
        <translation>Vipps godtar ikke disse tegnene: {chars}. Bruk bokstaver, sifre, mellomrom og \ ( ) - _ + . (noen flere tegn, som , / : @, godtas også).</translation>
    </message>
    <message>
        <source>Vipps accepts {chars}, but they are unusual in a name people see in the Vipps app. Keep them only if you mean them.</source>
        <translation>Vipps godtar {chars}, men slike tegn er uvanlige i et navn folk ser i Vipps-appen. Behold dem bare hvis du mener det.</translation>
    </message>
    <message>
        <source>{count} characters; Vipps allows at most {max}.</source>
        <translation>{count} tegn; Vipps tillater høyst {max}.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s website.</source>
        <translation>Skriv inn nettsiden til bedriften.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Dette er ikke en gyldig nettadresse.</translation>
    </message>
    <message>
        <source>Vipps requires an https:// address.</source>
        <translation>Vipps krever en https://-adresse.</translation>
    </message>
    <message>
        <source>Added https:// in front.</source>
        <translation>La til https:// foran.</translation>
    </message>
    <message>
        <source>Paste the client ID from the Vipps portal.</source>
        <translation>Lim inn client ID fra Vipps-portalen.</translation>
    </message>
    <message>
        <source>A client ID looks like fb492b5e-7907-4d83-bc20-c7fb60ca35de (a GUID). Did you paste another value, such as the subscription key?</source>
        <translation>En client ID ser slik ut: fb492b5e-7907-4d83-bc20-c7fb60ca35de (en GUID). Limte du inn en annen verdi, for eksempel subscription key?</translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or invisible characters.</source>
        <translation>Fjernet mellomrom, linjeskift eller usynlige tegn.</translation>
    </message>
    <message>
        <source>Paste the client secret from the Vipps portal.</source>
        <translation>Lim inn client secret fra Vipps-portalen.</translation>
    </message>
    <message>
        <source>It has characters a Vipps secret does not usually have. Check that you copied the client secret, not another value.</source>
        <translation>Den har tegn som en client secret fra Vipps vanligvis ikke har. Sjekk at du kopierte client secret og ikke en annen verdi.</translation>
    </message>
    <message>
        <source>This is shorter than Vipps secrets usually are.</source>
        <translation>Denne er kortere enn en client secret fra Vipps vanligvis er.</translation>
    </message>
    <message>
        <source>The MSN has digits only.</source>
        <translation>MSN består bare av sifre.</translation>
    </message>
    <message>
        <source>No connection: this computer seems to be offline. You can go on without the check.</source>
        <translation>Ingen forbindelse: Denne maskinen ser ut til å være frakoblet. Du kan gå videre uten sjekken.</translation>
    </message>
    <message>
        <source>The name {host} was not found. Is there a typo?</source>
        <translation>Fant ikke navnet {host}. Er det en skrivefeil?</translation>
    </message>
    <message>
        <source>No answer in time. The service may be slow; try again later.</source>
        <translation>Fikk ikke svar i tide. Tjenesten kan være treg; prøv igjen senere.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection could not be made.</source>
        <translation>Kunne ikke opprette en sikker forbindelse (TLS).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. A company proxy that inspects HTTPS traffic can cause this; ask your IT department.</source>
        <translation>Serverens sertifikat er ikke klarert. En proxy i bedriften som inspiserer HTTPS-trafikk, kan være årsaken; spør IT-avdelingen.</translation>
    </message>
    <message>
        <source>The service has a problem right now (error {status}). Try again later.</source>
        <translation>Tjenesten har et problem akkurat nå (feil {status}). Prøv igjen senere.</translation>
    </message>
    <message>
        <source>The service closed the connection without answering.</source>
        <translation>Tjenesten lukket forbindelsen uten å svare.</translation>
    </message>
    <message>
        <source>Unexpected problem ({error}).</source>
        <translation>Uventet problem ({error}).</translation>
    </message>
    <message>
        <source>Unexpected answer from the service (status {status}).</source>
        <translation>Uventet svar fra tjenesten (status {status}).</translation>
    </message>
    <message>
        <source>The service answered something we did not expect.</source>
        <translation>Tjenesten ga et svar vi ikke ventet.</translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation>For mange videresendinger.</translation>
    </message>
    <message>
        <source>The answer was far larger than expected; it was not read.</source>
        <translation>Svaret var mye større enn ventet og ble ikke lest.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>Refused to connect without encryption to {url}.</source>
        <translation>Nektet å koble til {url} uten kryptering.</translation>
    </message>
    <message>
        <source>This organisation number was removed from the register ({date}).</source>
        <translation>Dette organisasjonsnummeret er fjernet fra registeret ({date}).</translation>
    </message>
    <message>
        <source>No company with this number in Brønnøysundregistrene.</source>
        <translation>Ingen bedrift med dette nummeret i Brønnøysundregistrene.</translation>
    </message>
    <message>
        <source>This is a sub-unit (a business location). Order with the main company&apos;s number, {parent}.</source>
        <translation>Dette er en underenhet (et driftssted). Bestill med hovedenhetens nummer, {parent}.</translation>
    </message>
    <message>
        <source>Brønnøysundregistrene did not accept this number.</source>
        <translation>Brønnøysundregistrene godtok ikke dette nummeret.</translation>
    </message>
    <message>
        <source>The register did not say whether the company is bankrupt or in liquidation; check before ordering.</source>
        <translation>Registeret oppga ikke om bedriften er konkurs eller under avvikling; sjekk dette før du bestiller.</translation>
    </message>
    <message>
        <source>The domain {host} does not exist. Is there a typo?</source>
        <translation>Domenet {host} finnes ikke. Er det en skrivefeil?</translation>
    </message>
    <message>
        <source>The domain answers, but not like an Idura (Criipto) domain (no login configuration, status {status}).</source>
        <translation>Domenet svarer, men ikke som et Idura-domene (Criipto) (ingen innloggingskonfigurasjon, status {status}).</translation>
    </message>
    <message>
        <source>The domain answers, but not like an Idura (Criipto) domain. Is this your Idura domain?</source>
        <translation>Domenet svarer, men ikke som et Idura-domene (Criipto). Er dette Idura-domenet ditt?</translation>
    </message>
    <message>
        <source>The domain belongs to another login service ({issuer}). Use the domain shown in your Criipto / Idura dashboard.</source>
        <translation>Domenet hører til en annen innloggingstjeneste ({issuer}). Bruk domenet som vises i Criipto/Idura-dashbordet ditt.</translation>
    </message>
    <message>
        <source>Vipps accepted these credentials with {method}, not with {tried}: the sales unit&apos;s token endpoint authentication method (set where its login is set up in the Vipps portal) is {method}. Vipps&apos; default is client_secret_basic. Idura does not document which method it uses: ask Idura before you change this setting.</source>
        <translation>Vipps godtok nøklene med {method}, ikke med {tried}: Salgsstedets «token endpoint authentication method» (innstillingen der innloggingen er satt opp i Vipps-portalen) er {method}. Standardvalget hos Vipps er client_secret_basic. Idura oppgir ikke hvilken metode de bruker: spør Idura før du endrer denne innstillingen.</translation>
    </message>
    <message>
        <source>Vipps does not know this client ID in the {environment} environment.</source>
        <translation>Vipps kjenner ikke denne client ID-en i miljøet «{environment}».</translation>
    </message>
    <message>
        <source>Vipps does not know this client ID in the {environment} environment, nor in the {other} environment.</source>
        <translation>Vipps kjenner ikke denne client ID-en i miljøet «{environment}», og heller ikke i miljøet «{other}».</translation>
    </message>
    <message>
        <source>Idura sends another client ID: {got}, not yours ({want}). Does Idura still have the old keys? Save the new ones with “{dropdown}” chosen in the dashboard&apos;s environment dropdown.</source>
        <translation>Idura sender en annen client ID: {got}, ikke din ({want}). Har Idura fortsatt de gamle nøklene? Lagre de nye med «{dropdown}» valgt i nedtrekkslisten for miljø i dashbordet.</translation>
    </message>
    <message>
        <source>Idura sends the login to Vipps&apos; {environment} environment, but your keys are {expected} keys. Is this the right domain, and was the right environment chosen in the dashboard&apos;s environment dropdown when you saved them?</source>
        <translation>Idura sender innloggingen til miljøet «{environment}» hos Vipps, men nøklene dine er for «{expected}». Er dette riktig domene, og var riktig miljø valgt i nedtrekkslisten i dashbordet da du lagret dem?</translation>
    </message>
    <message>
        <source>Idura says Vipps is not set up for {domain}. Save the keys under eID providers › Vipps MobilePay (formerly Identity Providers) with Production environment chosen in the dashboard.</source>
        <translation>Idura sier at Vipps ikke er satt opp for {domain}. Lagre nøklene under «eID providers» › «Vipps MobilePay» (tidligere «Identity Providers») med «Production environment» valgt i dashbordet.</translation>
    </message>
    <message>
        <source>The domain gave an unexpected answer (status {status}).</source>
        <translation>Domenet ga et uventet svar (status {status}).</translation>
    </message>
    <message>
        <source>The company is registered as bankrupt. Vipps will most likely not approve this order (best-effort: Vipps publishes no rule on this).</source>
        <translation>Bedriften er registrert som konkurs. Vipps vil trolig ikke godkjenne bestillingen (uten garanti: Vipps har ikke publisert noen regel om dette).</translation>
    </message>
    <message>
        <source>The company is under liquidation. Vipps will most likely not approve this order (best-effort: Vipps publishes no rule on this).</source>
        <translation>Bedriften er under avvikling. Vipps vil trolig ikke godkjenne bestillingen (uten garanti: Vipps har ikke publisert noen regel om dette).</translation>
    </message>
    <message>
        <source>The company is under forced dissolution. Vipps will most likely not approve this order (best-effort: Vipps publishes no rule on this).</source>
        <translation>Bedriften er under tvangsavvikling eller tvangsoppløsning. Vipps vil trolig ikke godkjenne bestillingen (uten garanti: Vipps har ikke publisert noen regel om dette).</translation>
    </message>
    <message>
        <source>The company was deleted from the register ({date}). Vipps requires a company registered in Brønnøysundregistrene, so it will not approve this order.</source>
        <translation>Bedriften ble slettet fra registeret ({date}). Vipps krever at bedriften er registrert i Brønnøysundregistrene, så bestillingen blir ikke godkjent.</translation>
    </message>
    <message>
        <source>The domain&apos;s login configuration is incomplete.</source>
        <translation>Innloggingskonfigurasjonen til domenet er ufullstendig.</translation>
    </message>
    <message>
        <source>Vipps Login is already listed for this domain.</source>
        <translation>Vipps Login er allerede oppført for dette domenet.</translation>
    </message>
    <message>
        <source>Vipps accepted these credentials (the sales unit uses {method}).</source>
        <translation>Vipps godtok disse nøklene (salgsstedet bruker {method}).</translation>
    </message>
    <message>
        <source>Vipps did not accept this pair in the {environment} environment. Check the client ID and secret, and that they are {environment} keys.</source>
        <translation>Vipps godtok ikke dette paret i miljøet «{environment}». Sjekk client ID og client secret, og at nøklene er for «{environment}».</translation>
    </message>
    <message>
        <source>Vipps knows this client ID, but the secret does not match. Copy the secret again.</source>
        <translation>Vipps kjenner denne client ID-en, men client secret stemmer ikke. Kopier client secret på nytt.</translation>
    </message>
    <message>
        <source>Inconclusive: Vipps&apos;s answer (status {status}) says nothing about the keys. You can go on; a test login will show whether they work.</source>
        <translation>Uavklart: Svaret fra Vipps (status {status}) sier ikke noe om nøklene. Du kan gå videre; en testinnlogging viser om de virker.</translation>
    </message>
    <message>
        <source>Vipps accepts this callback URL for this client ID ({environment}).</source>
        <translation>Vipps godtar denne callback-URL-en for denne client ID-en («{environment}»).</translation>
    </message>
    <message>
        <source>Not registered: Vipps does not accept {url} for this client ID ({environment}). In the portal, add exactly this URL.</source>
        <translation>Ikke registrert: Vipps godtar ikke {url} for denne client ID-en («{environment}»). Legg til nøyaktig denne URL-en i portalen.</translation>
    </message>
    <message>
        <source>Not registered exactly: Vipps has {registered} registered — the trailing “/” differs. In the portal, add exactly {url}.</source>
        <translation>Ikke registrert nøyaktig: Vipps har {registered} registrert – skråstreken «/» til slutt er forskjellig. Legg til nøyaktig {url} i portalen.</translation>
    </message>
    <message>
        <source>Not registered exactly: Vipps has {registered} registered — case differs. In the portal, add exactly {url}.</source>
        <translation>Ikke registrert nøyaktig: Vipps har {registered} registrert – store og små bokstaver er forskjellige. Legg til nøyaktig {url} i portalen.</translation>
    </message>
    <message>
        <source>Not registered exactly: Vipps has {registered} registered — case and the trailing “/” differ. In the portal, add exactly {url}.</source>
        <translation>Ikke registrert nøyaktig: Vipps har {registered} registrert – store og små bokstaver og skråstreken «/» til slutt er forskjellige. Legg til nøyaktig {url} i portalen.</translation>
    </message>
    <message>
        <source>Vipps does not know this client ID in the {environment} environment, but it does in the {other} environment: these are {other} keys.</source>
        <translation>Vipps kjenner ikke denne client ID-en i miljøet «{environment}», men i miljøet «{other}»: dette er nøkler for «{other}».</translation>
    </message>
    <message>
        <source>Inconclusive: Vipps answered in a way this check does not recognise ({seen}).</source>
        <translation>Uavklart: Vipps svarte på en måte denne sjekken ikke kjenner igjen ({seen}).</translation>
    </message>
    <message>
        <source>Idura sends your client ID and your callback URL to Vipps ({environment}): both are right.</source>
        <translation>Idura sender client ID-en din og callback-URL-en din til Vipps («{environment}»): begge er riktige.</translation>
    </message>
    <message>
        <source>Idura sends client ID {client_id} and your callback URL (right) to Vipps ({environment}).</source>
        <translation>Idura sender client ID {client_id} og callback-URL-en din (riktig) til Vipps («{environment}»).</translation>
    </message>
    <message>
        <source>Idura sends the callback URL {got}, not {want}.</source>
        <translation>Idura sender callback-URL-en {got}, ikke {want}.</translation>
    </message>
    <message>
        <source>Idura does not know an application with the client ID {client_id}. Copy it from Applications in the Idura dashboard.</source>
        <translation>Idura kjenner ingen applikasjon med client ID {client_id}. Kopier den fra Applications i Idura-dashbordet.</translation>
    </message>
    <message>
        <source>Idura does not accept {url} as a callback URL of that application. Use one listed under the application&apos;s Callback URLs.</source>
        <translation>Idura godtar ikke {url} som callback-URL for den applikasjonen. Bruk en som står under applikasjonens Callback URLs.</translation>
    </message>
    <message>
        <source>Inconclusive: Idura answered with a page instead of sending the login on to Vipps ({seen}).</source>
        <translation>Uavklart: Idura svarte med en side i stedet for å sende innloggingen videre til Vipps ({seen}).</translation>
    </message>
    <message>
        <source>Inconclusive: Idura sends the login to {url}, not to a Vipps address this app knows.</source>
        <translation>Uavklart: Idura sender innloggingen til {url}, ikke til en Vipps-adresse denne appen kjenner.</translation>
    </message>
    <message>
        <source>Inconclusive: Idura sends the login to Vipps without a client ID ({url}).</source>
        <translation>Uavklart: Idura sender innloggingen til Vipps uten client ID ({url}).</translation>
    </message>
    <message>
        <source>Inconclusive: Idura answered in a way this check does not recognise ({seen}).</source>
        <translation>Uavklart: Idura svarte på en måte denne sjekken ikke kjenner igjen ({seen}).</translation>
    </message>
    <message>
        <source>Your keychain is locked. Unlock it (for example in Passwords and Keys), then press Retry.</source>
        <translation>Nøkkelringen din er låst. Lås den opp (for eksempel i Passord og nøkler), og trykk deretter «Prøv igjen».</translation>
    </message>
    <message>
        <source>No keychain is available. Start or install one, then press Retry.</source>
        <translation>Ingen nøkkelring er tilgjengelig. Start eller installer en, og trykk deretter «Prøv igjen».</translation>
    </message>
    <message>
        <source>The keychain reported a problem ({kind}); press Retry.</source>
        <translation>Nøkkelringen meldte om et problem ({kind}); trykk «Prøv igjen».</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. Check that it is running (for example in Passwords and Keys), then press Retry.</source>
        <translation>Nøkkelringen svarte ikke i tide. Sjekk at den kjører (for eksempel i Passord og nøkler), og trykk deretter «Prøv igjen».</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}); press Retry.</source>
        <translation>Noe gikk galt ({kind}); trykk «Prøv igjen».</translation>
    </message>
    <message>
        <source>The macOS Keychain could not be reached. Restart the app; if it persists, check Keychain Access.</source>
        <translation>Fikk ikke kontakt med macOS-nøkkelringen. Start appen på nytt; hvis det fortsetter, sjekk Nøkkelringtilgang.</translation>
    </message>
    <message>
        <source>Windows Credential Manager could not be reached. Sign in to Windows as yourself (not as another user) and start the app again.</source>
        <translation>Fikk ikke kontakt med Windows Legitimasjonsbehandling. Logg på Windows som deg selv (ikke som en annen bruker), og start appen på nytt.</translation>
    </message>
    <message>
        <source>No D-Bus session: the app was started over SSH, with sudo or as another user. Start it from your own desktop session.</source>
        <translation>Ingen D-Bus-sesjon: appen ble startet over SSH, med sudo eller som en annen bruker. Start den fra din egen skrivebordsøkt.</translation>
    </message>
    <message>
        <source>Vipps Login Setup reaches the keychain through libsecret, which is not installed. Install it (sudo apt install libsecret-1-0), then press Retry.</source>
        <translation>Vipps Login Setup bruker nøkkelringen gjennom libsecret, som ikke er installert. Installer den (sudo apt install libsecret-1-0), og trykk deretter «Prøv igjen».</translation>
    </message>
    <message>
        <source>No Secret Service is installed. Install one (sudo apt install gnome-keyring), log out and in again, then press Retry.</source>
        <translation>Ingen Secret Service er installert. Installer en (sudo apt install gnome-keyring), logg ut og inn igjen, og trykk deretter «Prøv igjen».</translation>
    </message>
    <message>
        <source>A keychain is installed but not running or not set up. Open Passwords and Keys (seahorse) and create a default keyring, or unlock it, then press Retry.</source>
        <translation>En nøkkelring er installert, men kjører ikke eller er ikke satt opp. Åpne Passord og nøkler (seahorse) og lag en standard nøkkelring, eller lås den opp, og trykk deretter «Prøv igjen».</translation>
    </message>
    <message>
        <source>{domain} serves its login configuration.</source>
        <translation>{domain} leverer innloggingsoppsettet sitt.</translation>
    </message>
    <message>
        <source>{name} ({org}) is active: not bankrupt, not being wound up.</source>
        <translation>{name} ({org}) er aktiv: ikke konkurs, ikke under avvikling.</translation>
    </message>
    <message>
        <source>Not checked: the setup has no domain.</source>
        <translation>Ikke sjekket: oppsettet har ikke noe domene.</translation>
    </message>
    <message>
        <source>Not checked: the setup has no organisation number.</source>
        <translation>Ikke sjekket: oppsettet har ikke noe organisasjonsnummer.</translation>
    </message>
    <message>
        <source>Not checked: enter the client ID and a callback URL of one of your applications in Idura.</source>
        <translation>Ikke sjekket: skriv inn client ID og en callback-URL for én av applikasjonene deres i Idura.</translation>
    </message>
    <message>
        <source>Not checked: needs a client ID, which Idura sends once the application inputs are there.</source>
        <translation>Ikke sjekket: trenger en client ID, som Idura sender når applikasjonsfeltene er fylt ut.</translation>
    </message>
    <message>
        <source>Vipps could not be asked (network trouble): not checked.</source>
        <translation>Fikk ikke spurt Vipps (nettverksproblemer): ikke sjekket.</translation>
    </message>
    <message>
        <source>production</source>
        <translation>produksjon</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
</context>
<context>
    <name>record</name>
    <message>
        <source>Vipps Login setup record</source>
        <translation>Rapport om Vipps Login-oppsettet</translation>
    </message>
    <message>
        <source>Made on {date} with Vipps Login Setup {version}.</source>
        <translation>Laget {date} med Vipps Login Setup {version}.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registrert</translation>
    </message>
    <message>
        <source>Company and order</source>
        <translation>Bedrift og bestilling</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrift</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Order signed and submitted by</source>
        <translation>Bestillingen signert og sendt av</translation>
    </message>
    <message>
        <source>The person who made this setup in the app</source>
        <translation>Personen som laget dette oppsettet i appen</translation>
    </message>
    <message>
        <source>Order submitted</source>
        <translation>Bestilling sendt</translation>
    </message>
    <message>
        <source>Sales unit name</source>
        <translation>Salgsstedets navn</translation>
    </message>
    <message>
        <source>MSN (merchant serial number)</source>
        <translation>MSN (merchant serial number)</translation>
    </message>
    <message>
        <source>Order template</source>
        <translation>Bestillingsskjema</translation>
    </message>
    <message>
        <source>Web login (Idura partner template)</source>
        <translation>Innlogging på nett (Iduras partnerskjema)</translation>
    </message>
    <message>
        <source>Customer-service login (Idura partner template)</source>
        <translation>Innlogging for kundeservice (Iduras partnerskjema)</translation>
    </message>
    <message>
        <source>Login configuration</source>
        <translation>Innloggingsoppsett</translation>
    </message>
    <message>
        <source>Production domain</source>
        <translation>Produksjonsdomene</translation>
    </message>
    <message>
        <source>Callback URL (exact)</source>
        <translation>Callback-URL (nøyaktig)</translation>
    </message>
    <message>
        <source>Vipps environment</source>
        <translation>Vipps-miljø</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produksjon</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>read from the keychain</source>
        <translation>lest fra nøkkelringen</translation>
    </message>
    <message>
        <source>as Idura sent it to Vipps in the health check of {date}</source>
        <translation>slik Idura sendte den til Vipps i sjekken {date}</translation>
    </message>
    <message>
        <source>The client ID is not secret: it travels in every login URL. The client secret is never part of this record.</source>
        <translation>Client ID-en er ikke hemmelig: den står i hver innloggings-URL. Client secret er aldri med i denne rapporten.</translation>
    </message>
    <message>
        <source>Client secret, where it is now</source>
        <translation>Client secret, hvor den er nå</translation>
    </message>
    <message>
        <source>In the Idura dashboard and the Vipps portal; this app kept no copy.</source>
        <translation>I Idura-dashbordet og Vipps-portalen; denne appen beholdt ingen kopi.</translation>
    </message>
    <message>
        <source>In the Vipps portal, and still in the keychain ({keychain}) of the computer this record was made on: the app deletes its copy once the keys are saved in Idura.</source>
        <translation>I Vipps-portalen, og fortsatt i nøkkelringen ({keychain}) på datamaskinen denne rapporten ble laget på: appen sletter sin kopi når nøklene er lagret i Idura.</translation>
    </message>
    <message>
        <source>In the Vipps portal; this app has not saved it and holds no copy.</source>
        <translation>I Vipps-portalen; denne appen har ikke lagret den og har ingen kopi.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datoer</translation>
    </message>
    <message>
        <source>Setup started in the app</source>
        <translation>Oppsettet startet i appen</translation>
    </message>
    <message>
        <source>Order link sent to the signer</source>
        <translation>Bestillingslenken sendt til den som signerer</translation>
    </message>
    <message>
        <source>Order submitted to Vipps</source>
        <translation>Bestillingen sendt til Vipps</translation>
    </message>
    <message>
        <source>Order approved by Vipps</source>
        <translation>Bestillingen godkjent av Vipps</translation>
    </message>
    <message>
        <source>Keys saved in the app</source>
        <translation>Nøklene lagret i appen</translation>
    </message>
    <message>
        <source>Keys saved in Idura</source>
        <translation>Nøklene lagret i Idura</translation>
    </message>
    <message>
        <source>Latest health check</source>
        <translation>Siste sjekk av oppsettet</translation>
    </message>
    <message>
        <source>No health check recorded.</source>
        <translation>Ingen sjekk registrert.</translation>
    </message>
    <message>
        <source>Checked on {date}. The checks are best-effort: they log no one in.</source>
        <translation>Sjekket {date}. Sjekkene er beste forsøk: de logger ingen inn.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Sjekk</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Uavklart</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Hoppet over</translation>
    </message>
    <message>
        <source>Could not run</source>
        <translation>Kunne ikke kjøres</translation>
    </message>
    <message>
        <source>Domain (Idura login configuration)</source>
        <translation>Domene (innloggingsoppsettet hos Idura)</translation>
    </message>
    <message>
        <source>Company in Brønnøysund</source>
        <translation>Selskapet i Brønnøysund</translation>
    </message>
    <message>
        <source>Callback URL registered at Vipps</source>
        <translation>Callback-URL registrert hos Vipps</translation>
    </message>
    <message>
        <source>Idura sends your client ID and callback URL</source>
        <translation>Idura sender client ID-en og callback-URL-en din</translation>
    </message>
    <message>
        <source>What to do later</source>
        <translation>Hva du gjør senere</translation>
    </message>
    <message>
        <source>Test a login</source>
        <translation>Test en innlogging</translation>
    </message>
    <message>
        <source>Open this address in a browser and log in with the Vipps app. A successful login returns a token with identityscheme “novippslogin”.</source>
        <translation>Åpne denne adressen i en nettleser og logg inn med Vipps-appen. En vellykket innlogging gir et token med identityscheme «novippslogin».</translation>
    </message>
    <message>
        <source>Replace the parts in braces with one of your applications in Idura: its client ID and one of its callback URLs.</source>
        <translation>Bytt ut delene i krøllparentes med en av applikasjonene deres i Idura: dens client ID og en av dens callback-URL-er.</translation>
    </message>
    <message>
        <source>your application&apos;s client ID</source>
        <translation>applikasjonens client ID</translation>
    </message>
    <message>
        <source>your application&apos;s callback URL</source>
        <translation>applikasjonens callback-URL</translation>
    </message>
    <message>
        <source>If the client secret was posted where others can read it, replace it. The app has these steps under “My secret leaked” on its last page:</source>
        <translation>Hvis client secret er lagt ut der andre kan lese den, må den byttes. Appen har disse stegene under «Hemmeligheten har lekket» på siste side:</translation>
    </message>
    <message>
        <source>Changing the callback URL</source>
        <translation>Endre callback-URL-en</translation>
    </message>
    <message>
        <source>The callback URL follows from the production domain, and Vipps accepts only the exact URLs registered for the sales unit. A new domain&apos;s callback URL is registered in the Vipps portal (For developers › API keys › Production, the sales unit):</source>
        <translation>Callback-URL-en følger av produksjonsdomenet, og Vipps godtar bare nøyaktig de URL-ene som er registrert for salgsstedet. Et nytt domenes callback-URL registreres i Vipps-portalen (For developers › API keys › Production, salgsstedet):</translation>
    </message>
    <message>
        <source>Paste the new callback URL exactly as Idura shows it, and choose Save.</source>
        <translation>Lim inn den nye callback-URL-en nøyaktig slik Idura viser den, og velg Save.</translation>
    </message>
    <message>
        <source>Whom to contact</source>
        <translation>Hvem dere kontakter</translation>
    </message>
    <message>
        <source>Idura, about the login broker (the domain, the Vipps MobilePay provider, the saved keys): through the Idura dashboard.</source>
        <translation>Idura, om innloggingstjenesten (domenet, Vipps MobilePay-oppsettet, de lagrede nøklene): gjennom Idura-dashbordet.</translation>
    </message>
    <message>
        <source>Vipps MobilePay, about the order, the sales unit and its keys: through the business portal. Have the organisation number and the MSN at hand.</source>
        <translation>Vipps MobilePay, om bestillingen, salgsstedet og nøklene: gjennom bedriftsportalen. Ha organisasjonsnummeret og MSN for hånden.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Lenker</translation>
    </message>
    <message>
        <source>Made by Vipps Login Setup from what was entered in the app. The client secret is never part of this record.</source>
        <translation>Laget av Vipps Login Setup ut fra det som ble lagt inn i appen. Client secret er aldri med i denne rapporten.</translation>
    </message>
</context>
</TS>
