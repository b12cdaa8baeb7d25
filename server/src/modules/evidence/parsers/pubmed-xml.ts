/**
 * PubMed E-utilities `efetch` XML (`PubmedArticleSet` of `PubmedArticle`), read with a
 * streaming SAX parser (saxes): one article at a time, so a 100 MB file takes the memory
 * of its largest article. Element names are PubMed's DTD's: MedlineCitation/PMID,
 * Article/ArticleTitle, Journal (ISOAbbreviation, Title, JournalIssue/PubDate with
 * Year/Month/Day or MedlineDate), AuthorList/Author (LastName, ForeName, Initials,
 * CollectiveName, Identifier Source="ORCID", AffiliationInfo/Affiliation),
 * MeshHeadingList/MeshHeading/DescriptorName and PubmedData/ArticleIdList/ArticleId.
 */
import { createReadStream } from 'node:fs';
import { SaxesParser, type SaxesTag } from 'saxes';
import { normaliseOrcid } from '../rules/names.js';
import { EvidenceFileError, isoDate, looseDate, type BytesRead, type NameInWork, type PublicationRecord } from './types.js';

interface AuthorDraft {
  lastName: string;
  foreName: string;
  initials: string;
  collective: string;
  orcid: string | null;
  affiliations: string[];
  valid: boolean;
}

interface ArticleDraft {
  line: number;
  pmid: string;
  title: string;
  vernacularTitle: string;
  journalTitle: string;
  journalAbbreviation: string;
  pub: { year: string; month: string; day: string; medline: string; season: string };
  articleDate: { year: string; month: string; day: string };
  doi: string | null;
  mesh: string[];
  authors: AuthorDraft[];
}

export async function* parsePubmedXml(file: string, onBytes?: BytesRead): AsyncGenerator<PublicationRecord> {
  const parser = new SaxesParser({ position: true, xmlns: false });
  const ready: PublicationRecord[] = [];
  const stack: string[] = [];
  let article: ArticleDraft | null = null;
  let author: AuthorDraft | null = null;
  let text = '';
  let identifierSource = '';
  let articleIdType = '';
  let rootSeen = false;
  let failure: EvidenceFileError | null = null;

  const parent = (n = 1) => stack[stack.length - 1 - n];
  const inside = (name: string) => stack.includes(name);

  parser.on('opentag', (tag: SaxesTag) => {
    if (!rootSeen) {
      rootSeen = true;
      if (tag.name !== 'PubmedArticleSet') {
        failure ??= new EvidenceFileError(file, { line: parser.line, column: parser.column }, 'evidenceFile.xmlNotPubmed', { root: tag.name });
      }
    }
    // ArticleTitle may hold inline markup (<i>, <sup>): its text runs through them.
    if (!inside('ArticleTitle')) text = '';
    stack.push(tag.name);
    if (tag.name === 'PubmedArticle') {
      article = {
        line: parser.line,
        pmid: '',
        title: '',
        vernacularTitle: '',
        journalTitle: '',
        journalAbbreviation: '',
        pub: { year: '', month: '', day: '', medline: '', season: '' },
        articleDate: { year: '', month: '', day: '' },
        doi: null,
        mesh: [],
        authors: [],
      };
    } else if (tag.name === 'Author' && article && parent() === 'AuthorList' && !inside('ReferenceList')) {
      author = { lastName: '', foreName: '', initials: '', collective: '', orcid: null, affiliations: [], valid: String(tag.attributes.ValidYN ?? 'Y') !== 'N' };
    } else if (tag.name === 'Identifier') {
      identifierSource = String(tag.attributes.Source ?? '');
    } else if (tag.name === 'ArticleId') {
      articleIdType = String(tag.attributes.IdType ?? '');
    } else if (tag.name === 'ELocationID' && article && String(tag.attributes.EIdType ?? '') === 'doi') {
      articleIdType = 'elocation-doi';
    }
  });

  const onText = (t: string) => {
    text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  parser.on('closetag', (tag: SaxesTag) => {
    const name = tag.name;
    stack.pop();
    const value = text.replace(/\s+/g, ' ').trim();
    const a = article as ArticleDraft | null;
    if (a) {
      const p = stack[stack.length - 1];
      if (name === 'PMID' && p === 'MedlineCitation') a.pmid = value;
      else if (name === 'VernacularTitle' && p === 'Article') a.vernacularTitle = value;
      else if (name === 'Title' && p === 'Journal') a.journalTitle = value;
      else if (name === 'ISOAbbreviation' && p === 'Journal') a.journalAbbreviation = value;
      else if (p === 'PubDate' && inside('JournalIssue')) {
        if (name === 'Year') a.pub.year = value;
        else if (name === 'Month') a.pub.month = value;
        else if (name === 'Day') a.pub.day = value;
        else if (name === 'MedlineDate') a.pub.medline = value;
        else if (name === 'Season') a.pub.season = value;
      } else if (p === 'ArticleDate') {
        if (name === 'Year') a.articleDate.year = value;
        else if (name === 'Month') a.articleDate.month = value;
        else if (name === 'Day') a.articleDate.day = value;
      } else if (name === 'DescriptorName' && p === 'MeshHeading') a.mesh.push(value);
      else if (name === 'ArticleId' && p === 'ArticleIdList' && parent(0) === 'PubmedData') {
        if (articleIdType === 'doi' && value) a.doi = value;
      } else if (name === 'ELocationID' && articleIdType === 'elocation-doi' && value && !a.doi) a.doi = value;
      if (author) {
        if (name === 'LastName') author.lastName = value;
        else if (name === 'ForeName' || name === 'FirstName') author.foreName = value;
        else if (name === 'Initials') author.initials = value;
        else if (name === 'CollectiveName') author.collective = value;
        else if (name === 'Identifier' && identifierSource.toUpperCase() === 'ORCID') author.orcid = normaliseOrcid(value);
        else if (name === 'Affiliation' && value) author.affiliations.push(value);
        else if (name === 'Author') {
          if (author.valid && inside('Article') && !inside('ReferenceList')) a.authors.push(author);
          author = null;
        }
      }
      if (name === 'ArticleTitle' && p === 'Article') a.title = value;
      if (name === 'PubmedArticle') {
        ready.push(toRecord(file, a));
        article = null;
      }
    }
    if (!inside('ArticleTitle')) text = '';
  });

  let bytes = 0;
  try {
    for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
      parser.write(chunk as string);
      bytes += Buffer.byteLength(chunk as string);
      onBytes?.(bytes);
      if (failure) throw failure;
      while (ready.length) yield ready.shift()!;
    }
    parser.close();
  } catch (error) {
    if (error instanceof EvidenceFileError) throw error;
    const message = error instanceof Error ? error.message.replace(/^[^:]*:\d+:\d+: /, '') : String(error);
    if (!rootSeen) throw new EvidenceFileError(file, { line: parser.line, column: parser.column }, 'evidenceFile.xmlBroken', { detail: message });
    const truncated = stack.length > 0 && /unclosed|end|premature/i.test(message);
    throw new EvidenceFileError(file, { line: parser.line, column: parser.column }, truncated ? 'evidenceFile.xmlTruncated' : 'evidenceFile.xmlBroken', { detail: message });
  }
  if (failure) throw failure;
  if (!rootSeen) throw new EvidenceFileError(file, null, 'evidenceFile.empty');
  while (ready.length) yield ready.shift()!;
}

function toRecord(file: string, a: ArticleDraft): PublicationRecord {
  const at = `line ${a.line}`;
  if (!/^\d+$/.test(a.pmid)) throw new EvidenceFileError(file, { line: a.line, record: `PubmedArticle${a.pmid ? ` ${a.pmid}` : ''}` }, 'evidenceRecord.noNumericPmid');
  const personal = a.authors.filter((x) => x.lastName !== '');
  const authors = personal.map(
    (x, i): NameInWork & { position: number; last: boolean } => ({
      lastName: x.lastName,
      foreName: x.foreName || null,
      initials: x.initials || null,
      written: [x.lastName, x.foreName || x.initials].filter(Boolean).join(', '),
      orcid: x.orcid,
      affiliations: x.affiliations,
      cities: [],
      position: i + 1,
      last: i === personal.length - 1 && personal.length >= 2,
    }),
  );
  const pubDate = a.pub.medline
    ? looseDate(a.pub.medline)
    : isoDate(a.pub.year, a.pub.month || a.pub.season || null, a.pub.day || null);
  return {
    kind: 'publication',
    pmid: a.pmid,
    title: a.title || a.vernacularTitle || `PMID ${a.pmid}`,
    journal: a.journalAbbreviation || a.journalTitle || null,
    date: pubDate ?? isoDate(a.articleDate.year, a.articleDate.month, a.articleDate.day),
    doi: a.doi,
    meshTerms: a.mesh,
    collectiveAuthors: a.authors.filter((x) => x.lastName === '' && x.collective !== '').map((x) => x.collective),
    authors,
    at,
  };
}
