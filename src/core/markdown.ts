/** The Markdown tree: unified + remark-parse + remark-frontmatter, built once and reused. */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/** Parses the text; offsets in the tree are those of the text without its BOM (micromark drops it). */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
