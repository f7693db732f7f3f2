/**
 * An e-mail's HTML shown as the recipient's client would, but harmless: `srcdoc` in an iframe sandboxed with no
 * permission at all (no script, no form, no plugin, no navigation, an opaque origin that cannot reach Cursus'
 * cookies or API). The HTML was built with every value escaped (#10 §8); this frame is the second wall.
 */
export function MailHtmlFrame({ html, title }: { html: string; title: string }) {
  return (
    <iframe
      sandbox=""
      srcDoc={html}
      title={title}
      referrerPolicy="no-referrer"
      style={{ width: '100%', minHeight: 320, border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4, background: 'white' }}
    />
  );
}
