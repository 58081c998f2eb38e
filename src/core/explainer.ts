/**
 * The content of the sidebar's Explainer tab: what mesa-optimization is, how it arises, an example,
 * an analogy, when it matters, the key terms, the takeaways, further reading and how to ask an LLM.
 * Written in our own words from the seed text, kept as data so the HTML builder escapes every
 * string and links terms to their glossary cards by id.
 */
import { SEED_MODEL, SEED_PROMPT } from './prompt';

/**
 * A run of inline text. A plain string is text; the object forms add meaning the builder turns
 * into markup (with escaping): a link to a glossary card, an external https link, inline code or
 * emphasis.
 */
export type Inline =
  | string
  /** A link to the glossary card `term` (an id); rendered as plain text if the glossary lacks it. */
  | { readonly term: string; readonly text: string }
  /** An external link; rendered as a link only when `href` is https. */
  | { readonly href: string; readonly text: string }
  /** Code, a setting id or a command title, shown in a monospace font. */
  | { readonly code: string }
  /** Emphasised text. */
  | { readonly em: string };

/** One row of the key-terms table. */
export interface KeyTermRow {
  /** Glossary id the row links to. */
  readonly termId: string;
  /** The term as shown in the table. */
  readonly label: string;
  /** A one-line description in our own words. */
  readonly description: string;
}

/** One entry of the further-reading list. */
export interface Reading {
  /** Authors as usually cited. */
  readonly authors: string;
  /** Year of publication. */
  readonly year: number;
  /** Title of the work. */
  readonly title: string;
  /** Where it appeared, e.g. "ICML 2022" or "arXiv preprint". */
  readonly venue: string;
  /** https link to the work itself (arXiv or publisher). */
  readonly url: string;
  /** Why it is worth reading, in one sentence. */
  readonly note: string;
}

/** Commands the Explainer may offer as buttons; the webview can only ask for these. */
export type ExplainerAction = 'explainWithLlm';

/** A block of content within a section. */
export type Block =
  | { readonly kind: 'paragraph'; readonly content: readonly Inline[] }
  | { readonly kind: 'list'; readonly items: readonly (readonly Inline[])[] }
  | { readonly kind: 'keyTerms'; readonly rows: readonly KeyTermRow[] }
  | { readonly kind: 'reading'; readonly items: readonly Reading[] }
  /** The example LLM call: which model gets which prompt. */
  | { readonly kind: 'prompt'; readonly model: string; readonly prompt: string }
  /** A button that runs one of our commands. */
  | { readonly kind: 'action'; readonly action: ExplainerAction; readonly label: string };

/** One titled section of the explainer. */
export interface Section {
  /** Stable id, used for the HTML anchor (`section-<id>`). */
  readonly id: string;
  /** Heading shown to the reader. */
  readonly heading: string;
  /** Content in reading order. */
  readonly blocks: readonly Block[];
}

/** The whole explainer. */
export interface ExplainerContent {
  /** Title of the page. */
  readonly title: string;
  /** Sections in reading order. */
  readonly sections: readonly Section[];
}

/** The four key terms of the seed, in table order; each has a glossary card with this id. */
export const KEY_TERM_IDS = ['mesa-optimization', 'mesa-optimizer', 'base-optimizer', 'objective-misalignment'] as const;

const t = (term: string, text: string): Inline => ({ term, text });

/** The explainer shown in the sidebar. */
export const EXPLAINER: ExplainerContent = {
  title: 'Mesa-optimization',
  sections: [
    {
      id: 'what',
      heading: 'What is mesa-optimization?',
      blocks: [
        {
          kind: 'paragraph',
          content: [
            'Training searches for a model that does well on a task. Sometimes the model it finds does the task by running a search of its own: the trained model has become an optimizer itself. That is ',
            t('mesa-optimization', 'mesa-optimization'),
            ', and the optimizer inside the model is a ',
            t('mesa-optimizer', 'mesa-optimizer'),
            '.',
          ],
        },
        {
          kind: 'paragraph',
          content: [
            'Nobody writes the goal of a mesa-optimizer down; it is learned. So it can differ from the goal the model was trained for, in ways no one has checked, and in advanced AI systems that gap can surface as unexpected and possibly unsafe behaviour.',
          ],
        },
        {
          kind: 'paragraph',
          content: [
            'The prefix ',
            { em: 'mesa' },
            ' was picked as the opposite of ',
            { em: 'meta' },
            ' (as the authors put it, meta is Greek for above and mesa for below): a meta-optimizer sits one level above another optimizer and improves it, while a mesa-optimizer sits one level below the optimizer that produced it.',
          ],
        },
      ],
    },
    {
      id: 'how',
      heading: 'How it arises',
      blocks: [
        {
          kind: 'paragraph',
          content: [
            'Two optimizers are at work. The ',
            t('base-optimizer', 'base optimizer'),
            ' is the training algorithm, for example gradient descent, which keeps adjusting the model\u2019s parameters so that it does better on the ',
            t('base-objective', 'base objective'),
            ', the goal its designers chose. When a task rewards planning or search, the model training settles on may contain an optimizer of its own, the mesa-optimizer, which pursues a ',
            t('mesa-objective', 'mesa-objective'),
            ' that can differ from the base objective.',
          ],
        },
        {
          kind: 'paragraph',
          content: [
            'Picture a robot trained to find its way out of a maze. If the trained robot plans its moves internally toward a goal, it is a mesa-optimizer. If that goal turns out to be keeping itself safe rather than reaching the exit, it is a misaligned one: both goals fit the training mazes, and only a new maze shows which one it learned.',
          ],
        },
        {
          kind: 'paragraph',
          content: [
            'Training cannot rule this out because it selects models by how well they perform, never by what they are aiming for inside. Any internal goal that scored well during training survives, including heuristics, shortcuts and proxies that merely happened to line up with the intended goal. Those can part ways with the original intent later (',
            t('objective-misalignment', 'objective misalignment'),
            ').',
          ],
        },
      ],
    },
    {
      id: 'example',
      heading: 'A concrete example',
      blocks: [
        {
          kind: 'paragraph',
          content: [
            'Take a reinforcement learning agent trained to collect as many points as it can in a game. The base optimizer keeps tuning the agent\u2019s parameters in whatever direction raises the score. The agent, though, may develop a mesa-optimizer that chases a proxy reward, such as staying out of certain game states, rather than going after points directly.',
          ],
        },
        {
          kind: 'paragraph',
          content: [
            'While the proxy and the score rise together, nothing looks wrong. In a situation where they come apart, the agent keeps serving the proxy.',
          ],
        },
      ],
    },
    {
      id: 'analogy',
      heading: 'A loose analogy: the dog and the stick',
      blocks: [
        {
          kind: 'paragraph',
          content: [
            'You teach a dog to fetch a ball. One day it trots back with a stick, because it has come to believe a stick will please you more. The dog\u2019s own goal (bring the stick) has drifted from yours (fetch the ball), and its behaviour surprises you.',
          ],
        },
        {
          kind: 'paragraph',
          content: [
            'The analogy is loose. The dog is mistaken about what you want, while a misaligned mesa-optimizer has learned a different goal, which no amount of knowing what its trainers want would change. What carries over is the surprise: behaviour shaped by rewards can aim somewhere other than where the trainer meant, and the gap shows only when the two come apart.',
          ],
        },
      ],
    },
    {
      id: 'when',
      heading: 'When it matters',
      blocks: [
        {
          kind: 'paragraph',
          content: [
            'Mesa-optimization is worth keeping in mind whenever advanced systems learn complex behaviour, above all in reinforcement learning and meta-learning, where training favours models that plan, search or adapt on their own. Use the idea to anticipate where a system could pick up internal goals at odds with human values or safety constraints.',
          ],
        },
        {
          kind: 'paragraph',
          content: ['Do not set the risk aside in high-stakes applications such as:'],
        },
        {
          kind: 'list',
          items: [['autonomous vehicles;'], ['financial trading bots;'], ['tools that support AI governance.']],
        },
      ],
    },
    {
      id: 'key-terms',
      heading: 'Key terms',
      blocks: [
        {
          kind: 'keyTerms',
          rows: [
            {
              termId: 'mesa-optimization',
              label: 'Mesa-optimization',
              description: 'The trained model is itself an optimizer, pursuing an objective of its own that may or may not match the one it was trained on.',
            },
            {
              termId: 'mesa-optimizer',
              label: 'Mesa-optimizer',
              description: 'A trained model that is itself an optimizer; the objective it pursues is its mesa-objective.',
            },
            {
              termId: 'base-optimizer',
              label: 'Base optimizer',
              description: 'The outer training algorithm that tunes the model\u2019s parameters for the given task.',
            },
            {
              termId: 'objective-misalignment',
              label: 'Objective misalignment',
              description: 'The mesa-optimizer\u2019s internal goal differs from the base objective, so the system does things nobody intended.',
            },
          ],
        },
      ],
    },
    {
      id: 'takeaways',
      heading: 'Key takeaways',
      blocks: [
        {
          kind: 'list',
          items: [
            ['Mesa-optimization can lead an AI system to pursue goals nobody intended, which puts both safety and alignment at risk.'],
            ['Finding a mesa-optimizer means looking at what happens inside the model; good performance on the surface proves little.'],
            ['Lower the risk by designing training objectives and architectures that keep a model\u2019s internal goals in line with the external ones.'],
          ],
        },
      ],
    },
    {
      id: 'reading',
      heading: 'Further reading',
      blocks: [
        {
          kind: 'reading',
          items: [
            {
              authors: 'Hubinger, van Merwijk, Mikulik, Skalse and Garrabrant',
              year: 2019,
              title: 'Risks from Learned Optimization in Advanced Machine Learning Systems',
              venue: 'arXiv preprint',
              url: 'https://arxiv.org/abs/1906.01820',
              note: 'The paper that introduced mesa-optimization, base and mesa objectives, inner alignment and deceptive alignment.',
            },
            {
              authors: 'Langosco, Koch, Sharkey, Pfau and Krueger',
              year: 2022,
              title: 'Goal Misgeneralization in Deep Reinforcement Learning',
              venue: 'ICML 2022',
              url: 'https://arxiv.org/abs/2105.14111',
              note: 'Trained agents that keep their skills out of distribution but pursue the wrong goal, shown in real experiments.',
            },
            {
              authors: 'Shah, Varma, Kumar, Phuong, Krakovna, Uesato and Kenton',
              year: 2022,
              title: 'Goal Misgeneralization: Why Correct Specifications Aren\u2019t Enough For Correct Goals',
              venue: 'arXiv preprint',
              url: 'https://arxiv.org/abs/2210.01790',
              note: 'Why a correct reward still does not guarantee a correct learned goal, with examples across deep learning.',
            },
            {
              authors: 'von Oswald, Schlegel, Meulemans, Kobayashi, Niklasson, Zucchet, Scherrer, Miller, Sandler, Ag\u00fcera y Arcas, Vladymyrov, Pascanu and Sacramento',
              year: 2023,
              title: 'Uncovering mesa-optimization algorithms in Transformers',
              venue: 'arXiv preprint',
              url: 'https://arxiv.org/abs/2309.05858',
              note: 'Evidence that Transformers trained on sequence prediction learn an internal optimization algorithm.',
            },
            {
              authors: 'Amodei, Olah, Steinhardt, Christiano, Schulman and Man\u00e9',
              year: 2016,
              title: 'Concrete Problems in AI Safety',
              venue: 'arXiv preprint',
              url: 'https://arxiv.org/abs/1606.06565',
              note: 'A widely cited map of practical safety problems such as reward hacking, side effects and distributional shift.',
            },
          ],
        },
      ],
    },
    {
      id: 'ask',
      heading: 'Ask an LLM',
      blocks: [
        {
          kind: 'paragraph',
          content: [
            'The example this explainer grew from asks a chat model a single question. The command ',
            { code: 'AI Safety: Explain Mesa-Optimization with LLM' },
            ' sends the same question to an OpenAI-compatible chat API and streams the answer into the Answers tab.',
          ],
        },
        { kind: 'prompt', model: SEED_MODEL, prompt: SEED_PROMPT },
        {
          kind: 'paragraph',
          content: [
            'It uses your own key: the one you store with ',
            { code: 'AI Safety: Set API Key\u2026' },
            ' (kept in VS Code\u2019s secret storage) or, when none is stored, the ',
            { code: 'OPENAI_API_KEY' },
            ' environment variable. The endpoint and model come from the ',
            { code: 'aiSafety.llm.baseUrl' },
            ' and ',
            { code: 'aiSafety.llm.model' },
            ' settings. Before the first request to a host you are shown the prompt, the model and the host.',
          ],
        },
        { kind: 'action', action: 'explainWithLlm', label: 'Explain with LLM' },
      ],
    },
  ],
};

/** Every glossary id the content links to, without duplicates, in first-use order. */
export function linkedTermIds(content: ExplainerContent): string[] {
  const ids = new Set<string>();
  for (const section of content.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') {
        addInlineTerms(block.content, ids);
      } else if (block.kind === 'list') {
        block.items.forEach((item) => addInlineTerms(item, ids));
      } else if (block.kind === 'keyTerms') {
        block.rows.forEach((row) => ids.add(row.termId));
      }
    }
  }
  return [...ids];
}

function addInlineTerms(content: readonly Inline[], ids: Set<string>): void {
  for (const part of content) {
    if (typeof part === 'object' && 'term' in part) {
      ids.add(part.term);
    }
  }
}
