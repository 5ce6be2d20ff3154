import { isWebUrl } from '@/utils/urls';

/** A URL from a page or a file: a link that opens in a new tab when it is http(s), plain text otherwise. */
export function WebLink(props: { url: string; label?: string; class?: string }) {
  const text = props.label ?? props.url;
  if (!isWebUrl(props.url)) return <span class={`break-all ${props.class ?? ''}`}>{text}</span>;
  return (
    <a href={props.url} target="_blank" rel="noopener noreferrer" class={`break-all text-blue-700 hover:underline ${props.class ?? ''}`}>
      {text}
    </a>
  );
}
