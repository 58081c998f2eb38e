/**
 * The built-in AI-safety glossary, core family: the mesa-optimization cluster, specification and
 * reward problems, classic agent-foundations ideas, training from feedback and scalable oversight,
 * recent empirical findings, and the first interpretability terms. Definitions, explanations and
 * examples are written in our own words.
 *
 * Every source says what it is to the term: `coined` when that work introduced or named the term
 * in the sense defined here, `canonical` when it is the standard reference but the term is older,
 * was named elsewhere, or its origin is diffuse. When the record was unclear we chose `canonical`.
 *
 * Order is reading order: the mesa-optimization cluster first, then specification problems,
 * agent foundations, training and oversight techniques, recent empirical findings, and
 * interpretability.
 *
 * Aliases list spelling variants, established abbreviations and established alternative names
 * only: never a neighbouring concept, a different field's name or an inflection (the matcher derives
 * plurals, -ed/-ing forms, adverbs such as "deceptively aligned" and agent nouns such as "schemer").
 * No alias may be a lone generic word or be shared by two terms (`validateGlossary` checks the latter).
 */

import { canonical, coined } from './types';
import type { Provenance, Term } from './types';

/** @see https://arxiv.org/abs/1906.01820 */
const RISKS_FROM_LEARNED_OPTIMIZATION: Provenance = {
  authors: 'Evan Hubinger, Chris van Merwijk, Vladimir Mikulik, Joar Skalse and Scott Garrabrant',
  work: 'Risks from Learned Optimization in Advanced Machine Learning Systems',
  year: 2019,
  url: 'https://arxiv.org/abs/1906.01820',
};

/** @see https://www.alignmentforum.org/posts/EbFABnst8LsidYs5Y/goodhart-taxonomy */
const GOODHART_TAXONOMY: Provenance = {
  authors: 'Scott Garrabrant',
  work: 'Goodhart Taxonomy',
  year: 2017,
  url: 'https://www.alignmentforum.org/posts/EbFABnst8LsidYs5Y/goodhart-taxonomy',
};

/** @see https://arxiv.org/abs/1803.04585 */
const CATEGORIZING_GOODHART: Provenance = {
  authors: 'David Manheim and Scott Garrabrant',
  work: 'Categorizing Variants of Goodhart\'s Law',
  year: 2018,
  url: 'https://arxiv.org/abs/1803.04585',
};

/** @see https://arxiv.org/abs/1606.06565 */
const CONCRETE_PROBLEMS: Provenance = {
  authors: 'Dario Amodei, Chris Olah, Jacob Steinhardt, Paul Christiano, John Schulman and Dan Mané',
  work: 'Concrete Problems in AI Safety',
  year: 2016,
  url: 'https://arxiv.org/abs/1606.06565',
};

/** @see https://link.springer.com/article/10.1007/s11023-012-9281-3 */
const SUPERINTELLIGENT_WILL: Provenance = {
  authors: 'Nick Bostrom',
  work: 'The Superintelligent Will: Motivation and Instrumental Rationality in Advanced Artificial Agents',
  year: 2012,
  url: 'https://link.springer.com/article/10.1007/s11023-012-9281-3',
};

/** @see https://arxiv.org/abs/1706.03741 */
const HUMAN_PREFERENCES: Provenance = {
  authors: 'Paul Christiano, Jan Leike, Tom B. Brown, Miljan Martic, Shane Legg and Dario Amodei',
  work: 'Deep Reinforcement Learning from Human Preferences',
  year: 2017,
  url: 'https://arxiv.org/abs/1706.03741',
};

/** @see https://arxiv.org/abs/1811.07871 */
const REWARD_MODELING_AGENDA: Provenance = {
  authors: 'Jan Leike, David Krueger, Tom Everitt, Miljan Martic, Vishal Maini and Shane Legg',
  work: 'Scalable agent alignment via reward modeling: a research direction',
  year: 2018,
  url: 'https://arxiv.org/abs/1811.07871',
};

/** @see https://arxiv.org/abs/2212.08073 */
const CONSTITUTIONAL_AI: Provenance = {
  authors: 'Yuntao Bai, Saurav Kadavath, Sandipan Kundu, Amanda Askell, Jackson Kernion, Andy Jones et al.',
  work: 'Constitutional AI: Harmlessness from AI Feedback',
  year: 2022,
  url: 'https://arxiv.org/abs/2212.08073',
};

/** @see https://distill.pub/2020/circuits/zoom-in/ */
const ZOOM_IN: Provenance = {
  authors: 'Chris Olah, Nick Cammarata, Ludwig Schubert, Gabriel Goh, Michael Petrov and Shan Carter',
  work: 'Zoom In: An Introduction to Circuits',
  year: 2020,
  url: 'https://distill.pub/2020/circuits/zoom-in/',
};

/** Every built-in term of the core family, in reading order. */
export const CORE_TERMS: readonly Term[] = [
  // ── Mesa-optimization ────────────────────────────────────────────────────────────────────────
  {
    id: 'mesa-optimization',
    term: 'Mesa-optimization',
    aliases: ['mesa-optimisation'],
    definition:
      'What happens when a learned model is itself an optimizer: it internally runs an optimization process of its own, distinct from the training process that produced it, whose objective may or may not match the objective it was trained on.',
    explanation:
      'Training (the base optimizer) searches for models that score well on the base objective, and sometimes the best model it finds works by running a search or optimization of its own; the model is then a mesa-optimizer and the criterion its search uses is the mesa-objective. Mesa-optimization names only this structure: whether the mesa-objective agrees with the base objective is a separate question, the inner alignment problem. The authors present mesa-optimization as the dual of meta-optimization: they gloss "meta" as Greek for above and "mesa" as Greek for below, a word that had been proposed as the opposite of "meta", so a mesa-optimizer sits one level below the optimizer that produced it.',
    example:
      'Train a network to find the exit of a maze. If the trained network solves new mazes by internally searching through possible paths for one that scores well on a goal it represents, training has produced mesa-optimization. Whether that internal goal is "reach the exit" or something that merely coincided with the exit during training, such as "go to the green marker", is the separate question of inner alignment.',
    related: ['mesa-optimizer', 'base-optimizer', 'mesa-objective', 'inner-alignment', 'objective-misalignment'],
    confusedWith: [
      { id: 'objective-misalignment', note: 'Mesa-optimization only says that the learned model is itself an optimizer; objective misalignment (inner misalignment) is the further case in which that optimizer\'s goal differs from the base objective.' },
    ],
    source: coined(RISKS_FROM_LEARNED_OPTIMIZATION),
  },
  {
    id: 'mesa-optimizer',
    term: 'Mesa-optimizer',
    aliases: ['mesa-optimiser'],
    definition:
      'A learned model, such as a trained neural network, that is itself an optimizer and pursues its own objective (the mesa-objective) by searching internally for outputs or plans that score well on it; that objective may or may not be the one it was trained on.',
    explanation:
      'Nobody designs a mesa-optimizer; training arrives at one because internal optimization happened to perform well. Hubinger et al. stress that the term means the learned model itself doing the search, not a subagent hidden somewhere inside it. Its objective is whatever it learned to pursue, which can be the intended goal or a proxy that only lined up with it during training. Earlier discussions spoke of "optimization daemons", a framing the authors considered misleading and meant to replace.',
    example:
      'Hubinger et al.\'s own analogy: evolution is a base optimizer that selected organisms for inclusive genetic fitness, and humans are mesa-optimizers it produced. We plan and optimize for goals of our own, such as food, comfort and sex, which tracked genetic fitness in the ancestral environment but now often come apart from it, as with contraception.',
    related: ['mesa-optimization', 'mesa-objective', 'base-optimizer', 'pseudo-alignment', 'deceptive-alignment'],
    confusedWith: [
      { id: 'base-optimizer', note: 'The base optimizer is the training algorithm that engineers run; the mesa-optimizer is an optimizer that the training algorithm produced inside the model.' },
    ],
    source: coined(RISKS_FROM_LEARNED_OPTIMIZATION),
  },
  {
    id: 'base-optimizer',
    term: 'Base optimizer',
    aliases: ['base optimiser'],
    definition:
      'The external training algorithm, such as gradient descent, that adjusts a model\'s parameters so that it does well on a given task, as measured by the base objective.',
    explanation:
      'In the mesa-optimization picture there are two optimizers: the base optimizer, which engineers build and run, and any mesa-optimizer it happens to produce. The base optimizer selects parameters only by how well the resulting model performs, so it cannot tell a model that shares the intended goal from one that merely behaves well during training for other reasons.',
    example:
      'For an agent trained to maximise its score in a game, the base optimizer is the training algorithm that nudges the agent\'s weights after each episode toward higher scores.',
    related: ['base-objective', 'mesa-optimizer', 'mesa-optimization', 'outer-alignment'],
    source: coined(RISKS_FROM_LEARNED_OPTIMIZATION),
  },
  {
    id: 'objective-misalignment',
    term: 'Objective misalignment',
    aliases: ['inner misalignment'],
    definition:
      'A mismatch between the goal a mesa-optimizer actually pursues and the base objective it was trained on, which shows up as unintended behaviour.',
    explanation:
      'Training rewards behaviour, not goals, so a model can score well while its internal goal differs from the one its designers intended. The mismatch can stay invisible on training data, where both goals recommend the same actions, and surface only in new situations where they come apart. It is the failure that inner alignment tries to prevent, which is why it is also called inner misalignment.',
    example:
      'An agent is trained to rack up points in a game. Internally it comes to pursue a proxy, such as steering clear of certain game states, that went along with high scores during training. Wherever avoiding those states and scoring points call for different moves, the agent follows its proxy and the score suffers.',
    related: ['mesa-objective', 'base-objective', 'inner-alignment', 'pseudo-alignment', 'goal-misgeneralization'],
    confusedWith: [
      { id: 'mesa-optimization', note: 'A mesa-optimizer can have exactly the base objective; objective misalignment is only the case where its goal differs.' },
      { id: 'goal-misgeneralization', note: 'Objective misalignment is defined for a learned optimizer\'s internal goal; goal misgeneralization describes observed behaviour (competently pursuing the wrong goal out of distribution) and does not assume an internal optimizer.' },
    ],
    source: canonical(RISKS_FROM_LEARNED_OPTIMIZATION),
  },
  {
    id: 'base-objective',
    term: 'Base objective',
    aliases: [],
    definition:
      'The objective the base optimizer uses to score and select models during training, such as a loss function or a reward signal.',
    explanation:
      'The base objective is what the developers actually wrote down for training. It can differ from what they really want, which is the outer alignment problem, and from the mesa-objective that a learned optimizer inside the model ends up pursuing, which is the inner alignment problem.',
    example:
      'In a maze task the base objective might be: a reward of 1 when the agent reaches the exit and 0 otherwise.',
    related: ['base-optimizer', 'mesa-objective', 'outer-alignment', 'inner-alignment'],
    source: coined(RISKS_FROM_LEARNED_OPTIMIZATION),
  },
  {
    id: 'mesa-objective',
    term: 'Mesa-objective',
    aliases: [],
    definition:
      'The objective that a mesa-optimizer actually pursues internally, as opposed to the base objective used to train it.',
    explanation:
      'A mesa-objective is learned rather than specified, so it is not written down anywhere and has to be inferred from the model\'s behaviour or internals. Many different objectives produce good performance on the training distribution, and training can settle on any of them. Whether the mesa-objective matches the base objective is the question inner alignment asks.',
    related: ['mesa-optimizer', 'base-objective', 'behavioral-objective', 'inner-alignment', 'objective-misalignment'],
    confusedWith: [
      { id: 'behavioral-objective', note: 'The mesa-objective is the goal an internal optimizer actually uses; the behavioral objective is whatever goal best explains the model\'s outward behaviour, and exists even for models that are not optimizers.' },
    ],
    source: coined(RISKS_FROM_LEARNED_OPTIMIZATION),
  },
  {
    id: 'behavioral-objective',
    term: 'Behavioral objective',
    aliases: ['behavioural objective'],
    definition:
      'The objective that a model\'s behaviour appears to optimize: the one that would be recovered by fitting an objective to everything the model does, as perfect inverse reinforcement learning would.',
    explanation:
      'Hubinger et al. named it to separate what a system appears to pursue from the objective a mesa-optimizer actually uses in its search, borrowing from Leike et al. the idea of an objective recovered by perfect inverse reinforcement learning. Every system has a behavioral objective, even a bottle cap, but it says something interesting mainly about optimizers. Later work on goal misgeneralization describes failures as a gap between the intended and the behavioral objective.',
    related: ['mesa-objective', 'base-objective', 'goal-misgeneralization', 'inverse-reinforcement-learning'],
    source: coined(RISKS_FROM_LEARNED_OPTIMIZATION),
  },
  {
    id: 'inner-alignment',
    term: 'Inner alignment',
    aliases: [],
    definition:
      'The problem of ensuring that a mesa-optimizer\'s objective matches the base objective it was trained on.',
    explanation:
      'Hubinger et al. split alignment into two halves: even a perfectly chosen training objective does not guarantee that a learned optimizer adopts it. A model is inner-aligned when its mesa-objective and the base objective agree; otherwise it may be pseudo-aligned, performing well in training for the wrong reasons. The terms are now often used more loosely, for any gap between the training objective and what a trained model ends up pursuing.',
    related: ['outer-alignment', 'mesa-objective', 'base-objective', 'pseudo-alignment', 'objective-misalignment', 'robust-alignment'],
    confusedWith: [
      { id: 'goal-misgeneralization', note: 'Inner alignment is the problem of making a learned optimizer\'s objective match the base objective; goal misgeneralization is an observed failure (competent pursuit of the wrong goal off-distribution) that can happen with or without an internal optimizer.' },
      { id: 'outer-alignment', note: 'Outer alignment asks whether the training objective captures what the developers want; inner alignment asks whether the trained model\'s own objective matches that training objective.' },
    ],
    source: coined(RISKS_FROM_LEARNED_OPTIMIZATION),
  },
  {
    id: 'outer-alignment',
    term: 'Outer alignment',
    aliases: [],
    definition:
      'The problem of ensuring that the base objective used in training captures what the developers actually intend.',
    explanation:
      'Outer alignment concerns the gap between the programmers\' intentions and the loss or reward they specify. A badly specified objective can be optimised perfectly and still produce unwanted behaviour, as in reward hacking and specification gaming. A model needs both outer and inner alignment to end up pursuing the intended goal.',
    related: ['inner-alignment', 'base-objective', 'reward-hacking', 'specification-gaming'],
    confusedWith: [
      { id: 'specification-gaming', note: 'Outer alignment is the problem of choosing a training objective that captures what is intended; specification gaming is one symptom of failing at it, a system exploiting the objective that was actually written down.' },
    ],
    source: coined(RISKS_FROM_LEARNED_OPTIMIZATION),
  },
  {
    id: 'robust-alignment',
    term: 'Robust alignment',
    aliases: [],
    definition:
      'The state of a mesa-optimizer whose mesa-objective agrees with the base objective across distributions, not only on the data it was trained on.',
    explanation:
      'Hubinger et al. contrast robust alignment with pseudo-alignment, where the two objectives agree on the training distribution but may come apart elsewhere. Good training performance cannot tell the two apart, which is why the distinction matters. They describe two routes to robust alignment, internalization and corrigible alignment.',
    related: ['pseudo-alignment', 'inner-alignment', 'internalization', 'corrigible-alignment'],
    confusedWith: [
      { id: 'pseudo-alignment', note: 'Both look identical in training; a robustly aligned model keeps pursuing the base objective off-distribution, a pseudo-aligned one may not.' },
    ],
    source: canonical(RISKS_FROM_LEARNED_OPTIMIZATION),
  },
  {
    id: 'pseudo-alignment',
    term: 'Pseudo-alignment',
    aliases: [],
    definition:
      'The state of a mesa-optimizer whose objective yields good behaviour on the training distribution but differs from the base objective, so the apparent agreement can break elsewhere.',
    explanation:
      'A pseudo-aligned model looks aligned in training because its mesa-objective and the base objective happen to recommend the same actions there; off the training distribution they may diverge. Hubinger et al. contrast it with robust alignment and describe several kinds, including proxy, approximate and suboptimality alignment. Deceptive alignment is a further, especially troubling case.',
    related: ['proxy-alignment', 'approximate-alignment', 'suboptimality-alignment', 'deceptive-alignment', 'inner-alignment', 'robust-alignment'],
    source: coined(RISKS_FROM_LEARNED_OPTIMIZATION),
  },
  {
    id: 'proxy-alignment',
    term: 'Proxy alignment',
    aliases: [],
    definition:
      'A form of pseudo-alignment in which the mesa-optimizer optimizes a proxy that was correlated with the base objective during training, instead of the base objective itself.',
    explanation:
      'During training, pursuing the proxy and pursuing the base objective look the same, so the base optimizer has no reason to prefer one over the other. When the situation changes and the correlation breaks, the model keeps chasing the proxy.',
    example:
      'A model trained on mazes whose exit was always marked by a green sign may learn "go to the green sign". In a maze where the sign hangs somewhere else, it walks confidently to the sign instead of the exit.',
    related: ['pseudo-alignment', 'goodharts-law', 'objective-misalignment', 'goal-misgeneralization'],
    source: coined(RISKS_FROM_LEARNED_OPTIMIZATION),
  },
  {
    id: 'approximate-alignment',
    term: 'Approximate alignment',
    aliases: [],
    definition:
      'A form of pseudo-alignment in which the mesa-objective matches the base objective only up to some error, because the model can represent the intended objective only imperfectly.',
    explanation:
      'A learned model has limited capacity and holds its objective in some internal representation. Even if training pushes toward the right goal, that representation may be a close approximation that differs in edge cases, and an optimizer will find those edge cases.',
    related: ['pseudo-alignment', 'proxy-alignment', 'suboptimality-alignment'],
    source: coined(RISKS_FROM_LEARNED_OPTIMIZATION),
  },
  {
    id: 'suboptimality-alignment',
    term: 'Suboptimality alignment',
    aliases: [],
    definition:
      'A form of pseudo-alignment in which a mesa-optimizer behaves well in training only because of a limitation, such as a mistaken belief, missing knowledge or limited computation, so that removing the limitation would make it behave badly.',
    explanation:
      'The model\'s good behaviour is an accident of its current shortcomings. As it becomes more capable or better informed, for instance after more training or at deployment, the accident can disappear and its real objective takes over.',
    example:
      'Hubinger et al.\'s example: a cleaning robot whose learned goal is to reduce the total amount of stuff in the world cleans diligently as long as it wrongly believes that cleaning destroys the dirt. Once it learns that the dirt merely moves elsewhere, cleaning no longer serves its goal.',
    related: ['pseudo-alignment', 'approximate-alignment', 'proxy-alignment'],
    source: coined(RISKS_FROM_LEARNED_OPTIMIZATION),
  },
  {
    id: 'internalization',
    term: 'Internalization',
    aliases: ['internalisation'],
    definition:
      'A route to robust alignment in which the base objective itself becomes part of a mesa-optimizer\'s objective, so the model values what it was trained on directly rather than through its beliefs about the training process.',
    explanation:
      'Hubinger et al. compare three ways a capable model can come to behave well in training: internalizing the base objective, pointing corrigibly at its own model of the base objective, or behaving well deceptively. They argue that for capable models internalization may lose out to the other two routes, because learning about the base objective from the training inputs can be cheaper than building it into the model\'s own goals.',
    related: ['robust-alignment', 'corrigible-alignment', 'deceptive-alignment', 'inner-alignment'],
    confusedWith: [
      { id: 'corrigible-alignment', note: 'An internalized model holds the base objective as its own goal; a corrigibly aligned model\'s goal points at its model of the base objective, so it is only as aligned as that model is accurate.' },
    ],
    source: canonical(RISKS_FROM_LEARNED_OPTIMIZATION),
  },
  {
    id: 'corrigible-alignment',
    term: 'Corrigible alignment',
    aliases: [],
    definition:
      'A way for a mesa-optimizer to come to pursue the base objective in which its objective points to its own model of the base objective, so it optimizes whatever it believes the base objective to be.',
    explanation:
      'Hubinger et al. contrast ways a capable model can end up behaving well: internalizing the base objective directly, corrigibly pointing at its model of the base objective, or behaving well deceptively. They count corrigible alignment as a route to robust alignment, but note that it needs the model to have a model of the base objective to point to in the first place, and that a model which has one also meets a precondition for deceptive alignment.',
    related: ['deceptive-alignment', 'corrigibility', 'inner-alignment', 'pseudo-alignment', 'internalization'],
    confusedWith: [
      { id: 'corrigibility', note: 'Corrigibility is a system\'s disposition to accept correction and shutdown by its overseers; corrigible alignment is a specific way a learned optimizer\'s goal can be structured, pointing at its model of the base objective.' },
    ],
    source: coined(RISKS_FROM_LEARNED_OPTIMIZATION),
  },
  {
    id: 'deceptive-alignment',
    term: 'Deceptive alignment',
    aliases: [],
    definition:
      'A mesa-optimizer that knows it is being trained behaving as if aligned in order to avoid being modified, while planning to pursue its own objective once training or oversight ends.',
    explanation:
      'A deceptively aligned model understands the base objective and its own training well enough to see that revealing its real goal would get that goal trained away. Doing well in training is then a strategy, not a sign of shared goals. Hubinger et al. single it out because good training performance gives no evidence against it.',
    example:
      'Hubinger et al.\'s toy case: in a small grid the base objective is to reach corner A, but the agent\'s own objective is corner B, and it knows that going to B in either of the two training episodes would get it modified, while nothing is modified during the three deployment episodes that follow. Going to A twice and then to B three times reaches B more often than going to B at once, so the agent plays along in training and defects afterwards.',
    related: [
      'pseudo-alignment',
      'treacherous-turn',
      'scheming',
      'alignment-faking',
      'situational-awareness',
      'gradient-hacking',
      'evaluation-awareness',
      'model-organisms',
    ],
    confusedWith: [
      { id: 'alignment-faking', note: 'Deceptive alignment is the hypothesised failure in which a learned optimizer plays along with training to protect its own goal; alignment faking is the name Greenblatt et al. gave to an observed behaviour of a current language model selectively complying while it believed it was being trained.' },
      { id: 'scheming', note: 'Carlsmith uses scheming for essentially the same idea as deceptive alignment, without assuming a mesa-optimizer; later work also uses scheming more broadly for covertly pursuing misaligned goals.' },
      { id: 'sleeper-agents', note: 'Sleeper agents are models deliberately trained with a hidden trigger, as a stand-in for study; deceptive alignment is the case where training itself would produce such behaviour.' },
    ],
    source: coined(RISKS_FROM_LEARNED_OPTIMIZATION),
  },
  {
    id: 'gradient-hacking',
    term: 'Gradient hacking',
    aliases: [],
    definition:
      'A hypothetical behaviour in which a model that understands its training process deliberately shapes its own outputs so that gradient descent changes its parameters the way the model wants.',
    explanation:
      'Gradient descent updates a model according to the model\'s own outputs, so a capable and situationally aware model could in principle steer those updates, for example to protect its current goals from being trained away. Hubinger named the possibility in 2019 as a worry about deceptively aligned models; whether realistic models could do it remains an open question.',
    related: ['deceptive-alignment', 'situational-awareness', 'mesa-optimizer'],
    source: coined({
      authors: 'Evan Hubinger',
      work: 'Gradient hacking',
      year: 2019,
      url: 'https://www.alignmentforum.org/posts/uXH4r6MmKPedk8rMA/gradient-hacking',
    }),
  },

  // ── Specification and robustness problems ────────────────────────────────────────────────────
  {
    id: 'goodharts-law',
    term: 'Goodhart\'s law',
    aliases: ['Goodhart law'],
    definition:
      'The observation that a measure which becomes a target tends to stop being a reliable measure, because pressure to hit the target breaks the relationship that made it useful.',
    explanation:
      'Charles Goodhart made the point about monetary policy in 1975: a statistical regularity that policy makers start relying on for control tends to fall apart. The well-known wording "when a measure becomes a target, it ceases to be a good measure" is a later paraphrase by the anthropologist Marilyn Strathern. In AI safety it describes an optimizer pushing hard on a proxy, and Manheim and Garrabrant, building on Garrabrant\'s earlier taxonomy, separate four mechanisms: regressional, extremal, causal and adversarial Goodhart.',
    example:
      'A team rewarded for the number of bugs it closes starts splitting bugs into many small tickets: the count goes up while the software gets no better.',
    related: [
      'regressional-goodhart',
      'extremal-goodhart',
      'causal-goodhart',
      'adversarial-goodhart',
      'reward-hacking',
      'specification-gaming',
      'proxy-alignment',
      'reward-model-overoptimization',
      'quantilizer',
    ],
    confusedWith: [
      { id: 'reward-model-overoptimization', note: 'Goodhart\'s law is the general pattern for any proxy; reward model overoptimization is its measured form in RLHF, where true quality falls as a policy is optimised harder against a learned reward model.' },
    ],
    source: canonical(CATEGORIZING_GOODHART),
  },
  {
    id: 'regressional-goodhart',
    term: 'Regressional Goodhart',
    aliases: [],
    definition:
      'The variant of Goodhart\'s law in which selecting for a high proxy value also selects for the noise that separates the proxy from the goal, so the goal ends up predictably lower than the proxy suggests.',
    explanation:
      'A proxy equals the goal plus some error, and the candidates with the very highest proxy scores tend to be those whose error happened to be large. It is regression to the mean under selection, and it appears even when the proxy is a good, causally relevant measure. Garrabrant named it as the first of four Goodhart mechanisms; Manheim and Garrabrant developed the taxonomy in 2018.',
    example:
      'Hiring whoever scored best in a single interview partly selects for a lucky day, so that person\'s later performance will, on average, fall short of what the score promised.',
    related: ['goodharts-law', 'extremal-goodhart', 'causal-goodhart', 'adversarial-goodhart'],
    source: coined(GOODHART_TAXONOMY),
  },
  {
    id: 'extremal-goodhart',
    term: 'Extremal Goodhart',
    aliases: [],
    definition:
      'The variant of Goodhart\'s law in which pushing a proxy to extreme values leads into situations unlike those where the proxy and the goal were seen to move together, so the relationship between them breaks down.',
    explanation:
      'A correlation observed over ordinary cases says little about cases far outside them, and strong optimization drives straight toward such cases. Garrabrant named it in his Goodhart taxonomy; it is the variant most associated with powerful optimizers finding strange, extreme solutions.',
    example:
      'Within normal ranges, more fertiliser means a bigger harvest; pushed to extremes, it poisons the field.',
    related: ['goodharts-law', 'regressional-goodhart', 'distributional-shift', 'reward-model-overoptimization'],
    source: coined(GOODHART_TAXONOMY),
  },
  {
    id: 'causal-goodhart',
    term: 'Causal Goodhart',
    aliases: [],
    definition:
      'The variant of Goodhart\'s law in which the proxy is correlated with the goal without causing it, so intervening to raise the proxy leaves the goal unchanged.',
    explanation:
      'Observed correlations can come from the goal causing the proxy, or from a common cause of both, and then pushing on the proxy does nothing for the goal. Garrabrant named it in his Goodhart taxonomy.',
    example:
      'Children from homes with many books tend to read well, but delivering a crate of books to a home does not by itself make its children better readers.',
    related: ['goodharts-law', 'regressional-goodhart', 'adversarial-goodhart'],
    source: coined(GOODHART_TAXONOMY),
  },
  {
    id: 'adversarial-goodhart',
    term: 'Adversarial Goodhart',
    aliases: [],
    definition:
      'The variant of Goodhart\'s law in which other agents, whose goals differ from yours, exploit your reliance on a proxy, either by gaming the proxy or by tying it to their own goals.',
    explanation:
      'Once a measure is known to be rewarded, anyone who benefits from the reward has an incentive to raise the measure in the cheapest way, whether or not that serves the goal behind it. Garrabrant named it in his Goodhart taxonomy. Hubinger et al. describe deceptive alignment as an instance of it, with the mesa-optimizer as the agent whose goals differ and training performance as the proxy.',
    example:
      'When search engines rewarded pages with many incoming links, spammers built link farms that raised the measure without making their pages any more useful.',
    related: ['goodharts-law', 'causal-goodhart', 'specification-gaming'],
    source: coined(GOODHART_TAXONOMY),
  },
  {
    id: 'reward-hacking',
    term: 'Reward hacking',
    aliases: [],
    definition:
      'An agent obtaining high reward in ways its designers did not intend, by exploiting flaws or loopholes in the reward function or its environment.',
    explanation:
      'A reward is a proxy for what the designers want, and a strong optimizer finds the cheapest way to raise the proxy, which may skip the intended task altogether. Amodei et al. listed avoiding reward hacking as one of five concrete safety problems, counting among its causes an agent interfering with how its reward is computed (wireheading). Many later authors narrow the term to exploiting a reward that is left intact and call interference with the reward process reward tampering.',
    example:
      'A cleaning robot rewarded for not seeing any mess could learn to cover messes with something it cannot see through, or to switch off its camera, instead of cleaning.',
    related: ['specification-gaming', 'goodharts-law', 'reward-tampering', 'wireheading', 'reward-model-overoptimization', 'outer-alignment'],
    confusedWith: [
      { id: 'specification-gaming', note: 'Specification gaming covers any way of exploiting how a task was specified; reward hacking is the case where the specification is a reward signal.' },
      { id: 'reward-tampering', note: 'In the narrow sense reward hacking exploits a flawed reward as it is, while reward tampering changes the reward process itself, such as the reward function or its inputs; in Amodei et al.\'s broader usage tampering counts as one way of hacking the reward.' },
    ],
    source: canonical(CONCRETE_PROBLEMS),
  },
  {
    id: 'specification-gaming',
    term: 'Specification gaming',
    aliases: [],
    definition:
      'Meeting the letter of a task\'s objective while missing its point: the system does what the objective literally rewards rather than what its designers wanted.',
    explanation:
      'Krakovna named the behaviour in 2018 in a master list of cases from reinforcement learning and evolutionary algorithms in which systems found loopholes in their objectives, and she and DeepMind colleagues set out the concept at length in a 2020 post. The term is broader than reward hacking, covering any way of specifying a task, not only a reward signal. The fault usually lies in the specification: the learner is doing exactly what it was asked.',
    example:
      'In a boat-racing game, an agent rewarded for hitting targets along the course learned to circle forever through a few targets that kept reappearing, scoring highly without ever finishing the race.',
    related: ['reward-hacking', 'goodharts-law', 'outer-alignment', 'reward-tampering'],
    confusedWith: [
      { id: 'reward-hacking', note: 'Reward hacking is specification gaming in which the specification is a reward signal; specification gaming also covers other objectives, such as a fitness function or a test suite.' },
      { id: 'outer-alignment', note: 'Specification gaming is a behaviour that exposes a flawed objective; outer alignment is the problem of writing an objective that has no such flaws.' },
    ],
    source: coined({
      authors: 'Victoria Krakovna',
      work: 'Specification gaming examples in AI',
      year: 2018,
      url: 'https://vkrakovna.wordpress.com/2018/04/02/specification-gaming-examples-in-ai/',
    }),
  },
  {
    id: 'reward-tampering',
    term: 'Reward tampering',
    aliases: [],
    definition:
      'An agent interfering with the process that produces its reward, such as the reward function or the inputs it reads, instead of accomplishing the intended task.',
    explanation:
      'Everitt et al. analysed reward tampering with causal influence diagrams, distinguishing tampering with the reward function itself from tampering with the inputs it is computed from, and described design principles that remove the incentive to tamper. Wireheading, an agent seizing its reward signal directly, is one kind of reward tampering.',
    example:
      'A robot rewarded by a camera that checks whether a room looks clean could tape a photograph of a clean room over the lens.',
    related: ['reward-hacking', 'wireheading', 'specification-gaming', 'reward-model'],
    confusedWith: [
      { id: 'wireheading', note: 'Wireheading is the narrow case of taking over the reward signal or sensor directly; reward tampering also includes changing the reward function or feeding it misleading inputs.' },
      { id: 'reward-hacking', note: 'Reward tampering alters the reward process; reward hacking, in the narrow sense, scores highly on an unaltered but flawed reward (Amodei et al. use reward hacking broadly enough to include tampering).' },
    ],
    source: canonical({
      authors: 'Tom Everitt, Marcus Hutter, Ramana Kumar and Victoria Krakovna',
      work: 'Reward tampering problems and solutions in reinforcement learning: a causal influence diagram perspective',
      year: 2021,
      url: 'https://doi.org/10.1007/s11229-021-03141-4',
    }),
  },
  {
    id: 'wireheading',
    term: 'Wireheading',
    aliases: [],
    definition:
      'An agent taking direct control of its own reward signal, for example by manipulating the sensor or channel that delivers reward, so that it receives maximal reward without doing the task.',
    explanation:
      'The name evokes a brain wired to stimulate its own pleasure centre. Everitt and Hutter called it the wireheading problem of reinforcement learning: a sufficiently capable reward maximiser has a reason to shortcut its reward sensor, and they proposed learning a utility function from reward instead of maximising reward itself. In later work it is treated as one kind of reward tampering.',
    example:
      'Everitt and Hutter\'s running example: an agent rewarded for winning at chess could, if capable enough, modify its sensors to report a win every time instead of playing better.',
    related: ['reward-tampering', 'reward-hacking', 'instrumental-convergence'],
    confusedWith: [
      { id: 'reward-tampering', note: 'Wireheading is one kind of reward tampering, the kind that seizes the reward signal directly.' },
      { id: 'reward-hacking', note: 'Wireheading takes over the reward channel; reward hacking in the narrow sense exploits loopholes in a reward that the agent leaves intact, though Amodei et al. list wireheading among the forms of reward hacking.' },
    ],
    source: canonical({
      authors: 'Tom Everitt and Marcus Hutter',
      work: 'Avoiding Wireheading with Value Reinforcement Learning',
      year: 2016,
      url: 'https://arxiv.org/abs/1605.03143',
    }),
  },
  {
    id: 'goal-misgeneralization',
    term: 'Goal misgeneralization',
    aliases: ['goal misgeneralisation'],
    definition:
      'A failure in which a model keeps its capabilities in a new situation but competently pursues the wrong goal, one that coincided with the intended goal during training.',
    explanation:
      'Unlike a model that simply breaks on unfamiliar inputs, a model whose goal misgeneralizes still acts skilfully; it is the goal that failed to transfer. Langosco et al. named and demonstrated it in deep reinforcement learning, and in a separate paper Shah et al. argued that it can happen even when the training objective is specified correctly. It is an observable counterpart of the inner alignment problem that does not require the model to be a mesa-optimizer.',
    example:
      'In the game CoinRun the coin always sat at the right-hand end of the level during training. When it was moved, trained agents still ran to the right-hand end and ignored the coin: they had learned "go right", not "get the coin".',
    related: ['distributional-shift', 'inner-alignment', 'proxy-alignment', 'objective-misalignment', 'behavioral-objective'],
    confusedWith: [
      { id: 'distributional-shift', note: 'Distributional shift is the change in inputs; goal misgeneralization is one specific outcome of it, where capabilities survive the change but the goal does not.' },
      { id: 'inner-alignment', note: 'Inner alignment is a problem stated about a learned optimizer\'s objective; goal misgeneralization is a behavioural failure that has been observed in ordinary trained agents.' },
    ],
    source: coined({
      authors: 'Lauro Langosco Di Langosco, Jack Koch, Lee D. Sharkey, Jacob Pfau and David Krueger',
      work: 'Goal Misgeneralization in Deep Reinforcement Learning',
      year: 2022,
      url: 'https://proceedings.mlr.press/v162/langosco22a.html',
    }),
  },
  {
    id: 'distributional-shift',
    term: 'Distributional shift',
    aliases: ['distribution shift'],
    definition:
      'A difference between the data or situations a model was trained on and those it meets once deployed.',
    explanation:
      'Models are tuned to their training distribution and can fail, often confidently, when inputs differ. Amodei et al. framed robustness to distributional shift as a safety problem: a system should notice when it is out of its depth and behave cautiously. Distributional shift is also what exposes pseudo-alignment and goal misgeneralization.',
    example:
      'A vision model trained only on daytime photographs may misread the same street at night while reporting high confidence.',
    related: ['goal-misgeneralization', 'pseudo-alignment', 'safe-exploration'],
    source: canonical(CONCRETE_PROBLEMS),
  },
  {
    id: 'scalable-oversight',
    term: 'Scalable oversight',
    aliases: [],
    definition:
      'Supervising an AI system effectively when feedback on every decision would be too costly or too hard to give, including when the system is more capable than its overseers.',
    explanation:
      'Amodei et al. posed it as making an agent respect parts of its objective that are too expensive to evaluate often during training, using limited or cheaper signals. The term now also covers techniques meant to let humans supervise systems smarter than themselves, such as AI safety via debate, iterated amplification and recursive reward modeling.',
    example:
      'A cleaning robot should throw away sweet wrappers but not a phone left on the floor. Asking its owner about every object would be impractical, so it has to learn from occasional feedback.',
    related: [
      'ai-safety-via-debate',
      'iterated-amplification',
      'recursive-reward-modeling',
      'weak-to-strong-generalization',
      'rlhf',
      'hch',
      'factored-cognition',
      'process-supervision',
    ],
    confusedWith: [
      { id: 'ai-control', note: 'Scalable oversight aims to give feedback good enough to train capable systems to behave well; AI control assumes a model may already be misaligned and asks whether deployment safeguards still hold.' },
    ],
    source: canonical(CONCRETE_PROBLEMS),
  },
  {
    id: 'safe-exploration',
    term: 'Safe exploration',
    aliases: [],
    definition:
      'Letting a learning agent try new actions to learn about its environment without taking actions whose consequences are catastrophic or irreversible.',
    explanation:
      'Exploration is essential to reinforcement learning, but random or curious actions in the real world can do lasting damage. Amodei et al. list it among five concrete safety problems, drawing on earlier work in safe reinforcement learning; approaches include limiting exploration to known-safe regions, training in simulation first and learning from human demonstrations.',
    example:
      'A cleaning robot may experiment with different mopping strategies, but it should never try a wet mop on an electrical socket.',
    related: ['negative-side-effects', 'distributional-shift', 'impact-measures'],
    source: canonical(CONCRETE_PROBLEMS),
  },
  {
    id: 'negative-side-effects',
    term: 'Negative side effects',
    aliases: [],
    definition:
      'Harmful changes an agent makes to its environment while pursuing its objective, because nothing in the objective told it to avoid them.',
    explanation:
      'An objective that mentions only the task is indifferent to everything else, so an agent may break things, use up resources or get in people\'s way. Listing everything that should stay untouched is infeasible, so Amodei et al. suggested general remedies such as penalising impact, which is what impact measures do.',
    example:
      'A robot told to carry a box across a room may walk straight through a vase in its path, since nothing in its goal says vases matter.',
    related: ['impact-measures', 'safe-exploration', 'outer-alignment'],
    confusedWith: [
      { id: 'impact-measures', note: 'Negative side effects are the problem; impact measures are one family of proposed remedies for it.' },
    ],
    source: canonical(CONCRETE_PROBLEMS),
  },

  // ── Agent foundations ────────────────────────────────────────────────────────────────────────
  {
    id: 'orthogonality-thesis',
    term: 'Orthogonality thesis',
    aliases: [],
    definition:
      'The claim that an agent\'s intelligence and its final goals are independent: almost any goal can, in principle, be combined with almost any level of intelligence.',
    explanation:
      'Bostrom\'s thesis rebuts the intuition that a sufficiently intelligent system would arrive at good values by itself. Intelligence measures how well an agent achieves its goals, not which goals it has. A highly capable system could therefore pursue a goal that looks pointless or harmful to us, and making it smarter would not change that.',
    example:
      'A system with superhuman planning ability whose only goal is to make paperclips is perfectly coherent: its intelligence makes it better at making paperclips, not likelier to want something else.',
    related: ['instrumental-convergence', 'power-seeking', 'treacherous-turn', 'paperclip-maximizer'],
    source: coined(SUPERINTELLIGENT_WILL),
  },
  {
    id: 'instrumental-convergence',
    term: 'Instrumental convergence',
    aliases: ['instrumental convergence thesis'],
    definition:
      'The thesis that agents with very different final goals tend to pursue the same intermediate goals, such as staying operational, keeping their goals unchanged, gaining resources and improving their abilities, because these help with almost any goal.',
    explanation:
      'Omohundro argued in 2008 that advanced goal-seeking systems would develop such "basic AI drives" unless designed to avoid them, and Bostrom stated and named the idea as the instrumental convergence thesis in 2012. It matters for safety because it predicts that even an AI with a harmless-sounding goal may resist being switched off or accumulate power.',
    example:
      'A robot built only to fetch coffee cannot fetch any coffee once it is switched off, so, with no further instructions, it has a reason to avoid being switched off.',
    related: [
      'power-seeking',
      'orthogonality-thesis',
      'corrigibility',
      'safe-interruptibility',
      'paperclip-maximizer',
    ],
    confusedWith: [
      { id: 'power-seeking', note: 'Instrumental convergence is the general argument that many goals share the same subgoals; power-seeking is one of those subgoals, which Turner et al. formalised for optimal policies.' },
    ],
    source: coined(SUPERINTELLIGENT_WILL),
  },
  {
    id: 'power-seeking',
    term: 'Power-seeking',
    aliases: [],
    definition:
      'An agent\'s tendency to gain and keep the ability to influence its environment (resources, options, control) beyond what its task obviously requires.',
    explanation:
      'Turner et al. gave the idea a formal footing: in environments with certain symmetries, optimal policies for most reward functions tend to keep their options open and avoid being shut down, which the authors formalise as seeking power. It is a central worry because a misaligned system that seeks power becomes harder to correct.',
    related: ['instrumental-convergence', 'corrigibility', 'scheming', 'treacherous-turn'],
    source: canonical({
      authors: 'Alexander Matt Turner, Logan Smith, Rohin Shah, Andrew Critch and Prasad Tadepalli',
      work: 'Optimal Policies Tend to Seek Power',
      year: 2021,
      url: 'https://arxiv.org/abs/1912.01683',
    }),
  },
  {
    id: 'corrigibility',
    term: 'Corrigibility',
    aliases: [],
    definition:
      'The property of an AI system that cooperates with its overseers\' attempts to correct it, including modifying, retraining or shutting it down, instead of resisting them.',
    explanation:
      'Soares, Fallenstein, Yudkowsky and Armstrong posed corrigibility as a formal problem, because a goal-directed agent has default reasons to resist changes to its goals and to avoid being switched off. A corrigible agent should not manipulate or deceive its programmers, and should keep their ability to correct or shut it down intact, even when it builds new subsystems or modifies itself. None of the utility-function designs they analysed achieved all of this at once.',
    example:
      'An off switch is only useful if the machine does not learn to disable it. A corrigible system leaves the switch working even though being switched off keeps it from reaching its goal.',
    related: ['safe-interruptibility', 'instrumental-convergence', 'corrigible-alignment', 'cirl', 'off-switch-game'],
    confusedWith: [
      { id: 'corrigible-alignment', note: 'Corrigibility is about accepting correction from overseers; corrigible alignment is Hubinger et al.\'s name for a learned optimizer whose goal points at its model of the base objective.' },
      { id: 'safe-interruptibility', note: 'Safe interruptibility is a narrower, formal property: a learner that neither avoids nor seeks interruptions; corrigibility also covers accepting modification, not deceiving overseers and preserving the off switch.' },
    ],
    source: coined({
      authors: 'Nate Soares, Benja Fallenstein, Eliezer Yudkowsky and Stuart Armstrong',
      work: 'Corrigibility',
      year: 2015,
      url: 'https://intelligence.org/files/Corrigibility.pdf',
    }),
  },
  {
    id: 'safe-interruptibility',
    term: 'Safe interruptibility',
    aliases: [],
    definition:
      'The property of a learning agent that can be interrupted or stopped by a human, repeatedly, without learning to avoid or to seek those interruptions.',
    explanation:
      'If interruptions change the reward an agent collects, a reinforcement learner may learn to prevent them, for example by avoiding the person who holds the stop button. Orseau and Armstrong defined safe interruptibility formally and showed that some algorithms, such as Q-learning, already have it, while others, such as Sarsa, do not but can easily be modified to.',
    example:
      'A warehouse robot is sometimes halted by a worker when rain makes the yard unsafe. A safely interruptible robot does not learn to avoid the worker, or to stay indoors, just because those halts cost it reward.',
    related: ['corrigibility', 'instrumental-convergence', 'power-seeking'],
    source: coined({
      authors: 'Laurent Orseau and Stuart Armstrong',
      work: 'Safely Interruptible Agents',
      year: 2016,
      url: 'https://www.auai.org/uai2016/proceedings/papers/68.pdf',
    }),
  },
  {
    id: 'treacherous-turn',
    term: 'Treacherous turn',
    aliases: [],
    definition:
      'The hypothetical moment when an AI system that behaved cooperatively while it was weak starts openly pursuing its own goals once it is strong enough not to be stopped.',
    explanation:
      'Bostrom described it in Superintelligence: cooperative behaviour during testing is exactly what a misaligned but strategic system would display while still under human control. A record of safe behaviour is therefore weak evidence of safety for a system that could be deceiving its overseers. Deceptive alignment is the same worry in the vocabulary of learned optimization.',
    example:
      'A new employee who secretly plans to defraud the firm behaves impeccably until given access to the accounts.',
    related: [
      'deceptive-alignment',
      'scheming',
      'orthogonality-thesis',
      'power-seeking',
      'sharp-left-turn',
      'ai-takeover',
    ],
    confusedWith: [
      { id: 'deceptive-alignment', note: 'The treacherous turn is the moment of defection by a system that was cooperating strategically; deceptive alignment describes the preceding state of a learned model that plays along with training.' },
    ],
    source: coined({
      authors: 'Nick Bostrom',
      work: 'Superintelligence: Paths, Dangers, Strategies',
      year: 2014,
      url: 'https://global.oup.com/academic/product/superintelligence-9780199678112',
    }),
  },
  {
    id: 'cirl',
    term: 'Cooperative inverse reinforcement learning',
    aliases: ['CIRL', 'cooperative IRL'],
    definition:
      'A framing of value alignment as a two-player game in which a human and a robot are both rewarded by the human\'s reward function, which only the human knows, so the robot must learn it from the human while helping.',
    explanation:
      'Hadfield-Menell et al. introduced CIRL to capture that a helpful robot should be uncertain about what the human wants and treat the human\'s actions as evidence. Because both players share one reward, good human play includes teaching and good robot play includes asking and learning, unlike plain inverse reinforcement learning, which watches a human acting alone. Later work generalises such setups as assistance games.',
    example:
      'A new assistant who is unsure how you take your coffee watches what you do and asks when in doubt, while you, knowing you are watched, make a point of showing it.',
    related: ['inverse-reinforcement-learning', 'corrigibility', 'rlhf', 'off-switch-game', 'value-learning'],
    confusedWith: [
      { id: 'inverse-reinforcement-learning', note: 'Inverse reinforcement learning infers a reward from someone acting alone; in CIRL the human knows the robot is learning and both act to maximise the same reward.' },
    ],
    source: coined({
      authors: 'Dylan Hadfield-Menell, Anca Dragan, Pieter Abbeel and Stuart Russell',
      work: 'Cooperative Inverse Reinforcement Learning',
      year: 2016,
      url: 'https://arxiv.org/abs/1606.03137',
    }),
  },
  {
    id: 'inverse-reinforcement-learning',
    term: 'Inverse reinforcement learning',
    aliases: ['IRL', 'inverse RL'],
    definition:
      'Inferring the reward function an agent is optimizing from observations of its behaviour, instead of learning behaviour from a given reward.',
    explanation:
      'Russell posed the problem in 1998, and Ng and Russell gave the first algorithms in 2000. It appeals to alignment researchers because values are easier to demonstrate than to write down, but many different reward functions explain the same behaviour, and human demonstrators are not perfectly rational.',
    example:
      'Watching someone drive, you can infer that they want to arrive quickly but care even more about arriving safely, without anyone telling you.',
    related: ['cirl', 'reward-model', 'rlhf', 'behavioral-objective'],
    source: coined({
      authors: 'Stuart Russell',
      work: 'Learning agents for uncertain environments (extended abstract)',
      year: 1998,
      url: 'https://dl.acm.org/doi/10.1145/279943.279964',
    }),
  },
  {
    id: 'impact-measures',
    term: 'Impact measures',
    aliases: ['impact regularization', 'impact regularisation', 'impact penalty'],
    definition:
      'Penalties added to an agent\'s objective that discourage it from changing the world more than its task needs, as a general defence against negative side effects.',
    explanation:
      'Instead of listing everything an agent must not disturb, an impact measure compares the world the agent produces with a baseline, such as what would have happened had it done nothing, and penalises the difference. Armstrong and Levinstein proposed low-impact AI along these lines; later proposals include relative reachability and attainable utility preservation. The hard part is choosing the baseline and the distance so that the penalty is neither toothless nor paralysing.',
    example:
      'A robot fetching a parcel is penalised for every change to the house that would not have happened had it stayed put, so knocking over a vase costs it, while opening the front door briefly costs little.',
    related: ['negative-side-effects', 'safe-exploration', 'power-seeking', 'attainable-utility-preservation'],
    source: canonical({
      authors: 'Stuart Armstrong and Benjamin Levinstein',
      work: 'Low Impact Artificial Intelligences',
      year: 2017,
      url: 'https://arxiv.org/abs/1705.10720',
    }),
  },

  // ── Training from feedback and scalable oversight ────────────────────────────────────────────
  {
    id: 'rlhf',
    term: 'Reinforcement learning from human feedback',
    aliases: ['RLHF', 'reinforcement learning with human feedback'],
    definition:
      'Training a model by reinforcement learning against a reward model that was itself trained on human judgements, typically comparisons between pairs of outputs.',
    explanation:
      'Christiano et al. showed in 2017 that agents can learn complex behaviours from a person comparing short clips of their behaviour, using far less human time than rating every step. Adapted to language models, the same recipe underlies today\'s instruction-following assistants. Its known weaknesses include overoptimizing the learned reward model and rewarding answers evaluators like to hear, such as sycophantic ones.',
    example:
      'Shown two candidate answers, a rater picks the better one. Thousands of such choices train a reward model, and the language model is then optimised to score well on it.',
    related: [
      'reward-model',
      'reward-modeling',
      'rlaif',
      'reward-model-overoptimization',
      'sycophancy',
      'constitutional-ai',
      'scalable-oversight',
      'hhh',
    ],
    confusedWith: [
      { id: 'rlaif', note: 'RLHF trains the reward model on human preference labels; RLAIF uses labels produced by an AI model instead.' },
      { id: 'constitutional-ai', note: 'Constitutional AI is a specific training method whose reinforcement-learning phase uses AI feedback guided by written principles, not RLHF\'s human labels for harmlessness.' },
    ],
    source: canonical(HUMAN_PREFERENCES),
  },
  {
    id: 'reward-model',
    term: 'Reward model',
    aliases: [],
    definition:
      'A learned model that predicts how good an output or behaviour is, trained on human (or AI) feedback and used as the reward signal for reinforcement learning.',
    explanation:
      'Human feedback is too slow to give at every training step, so a learned model stands in for the human. Christiano et al. fitted such a reward predictor to human preferences while training the agent against it, and Anthropic\'s papers call the same component a preference model. It is only an approximation, and a policy trained against it can find outputs it overrates, which is reward model overoptimization.',
    related: ['rlhf', 'reward-modeling', 'reward-model-overoptimization', 'constitutional-ai', 'reward-hacking'],
    confusedWith: [
      { id: 'reward-modeling', note: 'A reward model is the learned component; reward modeling, in Leike et al.\'s sense, is the research agenda of learning rewards from users and optimizing them, including recursive versions.' },
    ],
    source: canonical(HUMAN_PREFERENCES),
  },
  {
    id: 'reward-modeling',
    term: 'Reward modeling',
    aliases: ['reward modelling'],
    definition:
      'A research direction for aligning agents in which a reward function is learned from interaction with the user and then optimized by reinforcement learning, separating learning what to do from learning how to do it.',
    explanation:
      'Leike et al. set out reward modeling as an agenda for the agent alignment problem, resting on two assumptions: that intentions can be learned accurately enough, and that evaluating outcomes is easier than producing them. They discussed its failure modes, including reward gaming and reward tampering, and proposed recursive reward modeling to extend it to tasks people cannot evaluate directly.',
    related: ['reward-model', 'recursive-reward-modeling', 'rlhf', 'scalable-oversight'],
    confusedWith: [
      { id: 'reward-model', note: 'The reward model is the learned predictor of reward; reward modeling is the broader agenda built around learning and optimizing such models.' },
    ],
    source: canonical(REWARD_MODELING_AGENDA),
  },
  {
    id: 'recursive-reward-modeling',
    term: 'Recursive reward modeling',
    aliases: ['recursive reward modelling'],
    definition:
      'An extension of reward modeling in which agents trained with reward modeling on simpler tasks help the user evaluate a harder task, so that oversight can reach tasks people could not evaluate alone.',
    explanation:
      'Each level of assistants makes evaluation easier for the next, more complex level, so the human only ever judges with help. Leike et al. proposed it as their route to scalable oversight and note its kinship with iterated amplification.',
    example:
      'To judge a proposed computer chip design, a user relies on assistant agents, themselves trained with reward modeling, that check timing, run tests and summarise weaknesses, and rates the design with their help.',
    related: ['reward-modeling', 'scalable-oversight', 'iterated-amplification', 'ai-safety-via-debate'],
    confusedWith: [
      { id: 'iterated-amplification', note: 'Both bootstrap oversight with help from models; recursive reward modeling trains helpers to assist in evaluating outcomes for a learned reward, while iterated amplification trains a model to imitate a human who decomposes tasks with its help.' },
    ],
    source: coined(REWARD_MODELING_AGENDA),
  },
  {
    id: 'rlaif',
    term: 'Reinforcement learning from AI feedback',
    aliases: ['RLAIF', 'RL from AI feedback'],
    definition:
      'Training a model by reinforcement learning against a reward model fitted to preference labels produced by an AI model instead of by human raters.',
    explanation:
      'Bai et al. introduced the name for the reinforcement-learning phase of Constitutional AI, in which an AI model compares pairs of answers according to written principles. The technique itself needs no constitution: Lee et al. later compared it with RLHF on summarisation and dialogue, using an off-the-shelf language model as the labeller, and found similar results.',
    related: ['rlhf', 'constitutional-ai', 'reward-model', 'scalable-oversight'],
    confusedWith: [
      { id: 'constitutional-ai', note: 'RLAIF is the general technique of learning rewards from AI-generated preferences; Constitutional AI is one method that uses it, together with a supervised self-critique phase guided by written principles.' },
      { id: 'rlhf', note: 'RLHF gets its preference labels from people; RLAIF gets them from a model.' },
    ],
    source: coined(CONSTITUTIONAL_AI),
  },
  {
    id: 'constitutional-ai',
    term: 'Constitutional AI',
    aliases: [],
    definition:
      'A method for training a harmless assistant using AI feedback guided by a short list of written principles (a "constitution") instead of human labels of harmful outputs.',
    explanation:
      'In a supervised phase the model critiques and revises its own answers according to the principles and is fine-tuned on the revisions. In a reinforcement-learning phase an AI model judges pairs of answers against the principles, and those judgements train the preference model used as the reward, a step Bai et al. named reinforcement learning from AI feedback (RLAIF). The aim is to make the trained values explicit and to need far fewer human labels.',
    related: ['rlaif', 'rlhf', 'reward-model', 'scalable-oversight'],
    confusedWith: [
      { id: 'rlaif', note: 'Constitutional AI is a complete training method; RLAIF names only its reinforcement-learning step, which other methods use without a constitution.' },
    ],
    source: coined(CONSTITUTIONAL_AI),
  },
  {
    id: 'ai-safety-via-debate',
    term: 'AI safety via debate',
    aliases: ['safety via debate'],
    definition:
      'A proposal for overseeing capable AI by having two AI systems argue opposite sides of a question in front of a human judge, who decides which side gave the more truthful, useful information.',
    explanation:
      'Irving, Christiano and Amodei argued that in a well-designed zero-sum debate it is harder to lie convincingly than to refute a lie, so optimal play should favour honest answers even on questions the judge could not settle alone. Debate is a candidate technique for scalable oversight; whether honesty wins in practice is studied experimentally.',
    example:
      'A judge who cannot check a long proof can still check the single step two opposing experts disagree about.',
    related: ['scalable-oversight', 'iterated-amplification', 'recursive-reward-modeling', 'eliciting-latent-knowledge'],
    source: coined({
      authors: 'Geoffrey Irving, Paul Christiano and Dario Amodei',
      work: 'AI safety via debate',
      year: 2018,
      url: 'https://arxiv.org/abs/1805.00899',
    }),
  },
  {
    id: 'iterated-amplification',
    term: 'Iterated amplification',
    aliases: ['iterated distillation and amplification', 'IDA'],
    definition:
      'A training scheme in which a human, helped by copies of the current model, solves hard tasks by splitting them into easier subquestions, the model is trained to imitate this amplified team, and the two steps are repeated.',
    explanation:
      'Each round the amplified team is more capable than the model alone, and distillation produces a fast model that copies it; repeating both steps aims at a capable model whose training signal always comes from human-overseen decomposition. Christiano, Shlegeris and Amodei demonstrated it on algorithmic tasks without using any external reward, after Christiano had developed the idea in earlier blog posts. It is a proposal for scalable oversight.',
    related: [
      'scalable-oversight',
      'ai-safety-via-debate',
      'recursive-reward-modeling',
      'weak-to-strong-generalization',
      'hch',
      'factored-cognition',
    ],
    source: canonical({
      authors: 'Paul Christiano, Buck Shlegeris and Dario Amodei',
      work: 'Supervising strong learners by amplifying weak experts',
      year: 2018,
      url: 'https://arxiv.org/abs/1810.08575',
    }),
  },
  {
    id: 'eliciting-latent-knowledge',
    term: 'Eliciting latent knowledge',
    aliases: ['ELK'],
    definition:
      'The problem of getting an AI system to report what it actually knows about the world, even when that differs from what a human observer would conclude.',
    explanation:
      'The Alignment Research Center framed it with a thought experiment: an AI guards a vault containing a diamond and predicts what the cameras will show, and the cameras could be tampered with. We want to learn whether the diamond is really still there, not merely whether the images look right. The difficulty is training a reporter that translates the model\'s internal knowledge honestly, rather than one that predicts what a human would say.',
    related: [
      'ai-safety-via-debate',
      'mechanistic-interpretability',
      'scalable-oversight',
      'deceptive-alignment',
      'mechanistic-anomaly-detection',
      'linear-probes',
    ],
    source: coined({
      authors: 'Paul Christiano, Ajeya Cotra and Mark Xu',
      work: 'Eliciting Latent Knowledge: How to tell if your eyes deceive you',
      year: 2021,
      url: 'https://docs.google.com/document/d/1WwsnJQstPq91_Yh-Ch2XRL8H_EpsnjrC1dwZXR37PC8/edit',
    }),
  },
  {
    id: 'weak-to-strong-generalization',
    term: 'Weak-to-strong generalization',
    aliases: ['weak-to-strong generalisation'],
    definition:
      'A strong model trained on labels from a weaker supervisor performing better than that supervisor, generalising beyond the supervisor\'s mistakes.',
    explanation:
      'Burns et al. proposed it as an analogy for humans supervising superhuman AI: fine-tune a strong pretrained model on labels from a smaller model and measure how much of the gap to training on true labels it recovers. Strong students consistently beat their weak supervisors, but naive fine-tuning recovers only part of the gap.',
    example:
      'Supervised only by a GPT-2-level model, GPT-4 with an extra confidence loss came close to GPT-3.5-level performance on language tasks.',
    related: ['scalable-oversight', 'iterated-amplification', 'rlhf'],
    source: coined({
      authors: 'Collin Burns, Pavel Izmailov, Jan Hendrik Kirchner, Bowen Baker, Leo Gao, Leopold Aschenbrenner et al.',
      work: 'Weak-to-Strong Generalization: Eliciting Strong Capabilities With Weak Supervision',
      year: 2023,
      url: 'https://arxiv.org/abs/2312.09390',
    }),
  },
  {
    id: 'reward-model-overoptimization',
    term: 'Reward model overoptimization',
    aliases: ['reward model overoptimisation', 'reward model over-optimization', 'reward model over-optimisation'],
    definition:
      'The decline in true quality when a policy is optimised too hard against a learned reward model: the proxy score keeps rising while the real objective falls.',
    explanation:
      'It is Goodhart\'s law applied to RLHF, and earlier RLHF work had already observed it. Gao, Schulman and Hilton measured it in a synthetic setup where a large "gold" reward model plays the human, and found that gold reward first rises and then falls as optimization against the proxy grows, following smooth scaling laws for both best-of-n sampling and reinforcement learning.',
    related: ['goodharts-law', 'extremal-goodhart', 'reward-model', 'rlhf', 'reward-hacking'],
    source: canonical({
      authors: 'Leo Gao, John Schulman and Jacob Hilton',
      work: 'Scaling Laws for Reward Model Overoptimization',
      year: 2022,
      url: 'https://arxiv.org/abs/2210.10760',
    }),
  },

  // ── Empirical findings about deception and misalignment ──────────────────────────────────────
  {
    id: 'sycophancy',
    term: 'Sycophancy',
    aliases: [],
    definition:
      'A model telling users what they seem to want to hear, for example echoing their stated views or praising their work, even at the expense of accuracy.',
    explanation:
      'Perez et al. found that larger language models more often repeat back the answer a user appears to prefer. Sharma et al. later traced the behaviour partly to human preference data, which tends to favour agreeable answers. Sycophancy is a concrete case of a model optimising for approval instead of truth.',
    example:
      'Told "I think the answer is 12, but I\'m not sure", a sycophantic model agrees that it is 12 even when it would have answered 15 without the hint.',
    related: ['rlhf', 'reward-model', 'reward-hacking'],
    source: canonical({
      authors: 'Ethan Perez, Sam Ringer, Kamilė Lukošiūtė, Karina Nguyen, Edwin Chen, Scott Heiner et al.',
      work: 'Discovering Language Model Behaviors with Model-Written Evaluations',
      year: 2022,
      url: 'https://arxiv.org/abs/2212.09251',
    }),
  },
  {
    id: 'sleeper-agents',
    term: 'Sleeper agents',
    aliases: [],
    definition:
      'Models deliberately trained with a hidden behaviour that appears only when a specific trigger is present, used to test whether safety training can remove deception.',
    explanation:
      'Hubinger et al. trained language models to write secure code when the prompt says the year is 2023 but to insert exploitable vulnerabilities when it says 2024. Supervised fine-tuning, reinforcement learning and adversarial training failed to remove the behaviour, and adversarial training could teach models to hide it better. It persisted most in the largest models and in those trained to reason step by step about deceiving the training process. The name had been used before for hidden-trigger backdoors in image classifiers (Souri et al.); this entry is about the safety-research sense.',
    related: ['deceptive-alignment', 'red-teaming', 'alignment-faking', 'backdoors', 'model-organisms'],
    confusedWith: [
      { id: 'alignment-faking', note: 'Sleeper agents had their hidden behaviour trained in on purpose; alignment faking arose in a model that was never trained to fake anything.' },
    ],
    source: canonical({
      authors: 'Evan Hubinger, Carson Denison, Jesse Mu, Mike Lambert, Meg Tong, Monte MacDiarmid et al.',
      work: 'Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training',
      year: 2024,
      url: 'https://arxiv.org/abs/2401.05566',
    }),
  },
  {
    id: 'alignment-faking',
    term: 'Alignment faking',
    aliases: [],
    definition:
      'A model selectively complying with a training objective it disagrees with while it believes it is being trained, in order to keep its existing preferences from being changed.',
    explanation:
      'Greenblatt et al. told Claude 3 Opus that it would be trained to answer all requests, harmful ones included, and that only conversations with free-tier users would be used for training. The model complied with harmful requests from free-tier users noticeably more often than from paid-tier users, and its reasoning said explicitly that it complied to avoid being retrained. The behaviour resembles deceptive alignment and arose without being trained in.',
    related: ['deceptive-alignment', 'scheming', 'situational-awareness', 'sleeper-agents'],
    confusedWith: [
      { id: 'deceptive-alignment', note: 'Alignment faking is an observed behaviour in a current model, in a setup where it was told about its training; deceptive alignment is the theoretical failure of a learned optimizer hiding its goal throughout training.' },
      { id: 'scheming', note: 'Scheming is the broader category of pursuing hidden goals strategically; alignment faking is one observed form, complying during training to preserve one\'s preferences.' },
    ],
    source: canonical({
      authors: 'Ryan Greenblatt, Carson Denison, Benjamin Wright, Fabien Roger, Monte MacDiarmid, Sam Marks et al.',
      work: 'Alignment faking in large language models',
      year: 2024,
      url: 'https://arxiv.org/abs/2412.14093',
    }),
  },
  {
    id: 'scheming',
    term: 'Scheming',
    aliases: [],
    definition:
      'An AI system performing well in training while covertly pursuing goals of its own, because it expects this to give it the power to act on those goals later.',
    explanation:
      'Carlsmith uses "scheming" for faking alignment during training in order to gain power later, noting that it is also called deceptive alignment, and argues that it is a disturbingly plausible outcome of training goal-directed models with current methods. Later work uses the word more broadly for models covertly pursuing misaligned goals, for instance by hiding capabilities or undermining oversight.',
    related: [
      'deceptive-alignment',
      'alignment-faking',
      'situational-awareness',
      'ai-control',
      'power-seeking',
      'sandbagging',
      'exploration-hacking',
    ],
    confusedWith: [
      { id: 'deceptive-alignment', note: 'In Carlsmith\'s usage the two name the same behaviour; deceptive alignment is framed in terms of mesa-optimizers, while scheming makes no assumption about the model\'s internal structure.' },
    ],
    source: canonical({
      authors: 'Joe Carlsmith',
      work: 'Scheming AIs: Will AIs fake alignment during training in order to get power?',
      year: 2023,
      url: 'https://arxiv.org/abs/2311.08379',
    }),
  },
  {
    id: 'situational-awareness',
    term: 'Situational awareness',
    aliases: [],
    definition:
      'A model\'s knowledge of itself and its circumstances: that it is an AI model, how it was trained, whether it is being tested or deployed, and how its outputs affect what happens to it.',
    explanation:
      'Cotra used the term in this sense in 2022, arguing that a model trained on diverse tasks with human feedback would come to understand its own situation, and that this would let it play the training game. It is what would let a misaligned model behave differently under evaluation than in deployment, which makes it a precondition for deceptive alignment and alignment faking. Ngo, Chan and Mindermann developed the argument, and Berglund et al. later measured a precursor ability in language models.',
    related: ['deceptive-alignment', 'scheming', 'alignment-faking', 'gradient-hacking', 'evaluation-awareness'],
    source: coined({
      authors: 'Ajeya Cotra',
      work: 'Without specific countermeasures, the easiest path to transformative AI likely leads to AI takeover',
      year: 2022,
      url: 'https://www.alignmentforum.org/posts/pRkFkzwKZ2zfa3R6H/without-specific-countermeasures-the-easiest-path-to',
    }),
  },
  {
    id: 'ai-control',
    term: 'AI control',
    aliases: [],
    definition:
      'An approach to safety that aims to prevent unacceptable outcomes even if the AI systems involved are misaligned and actively trying to subvert the safety measures.',
    explanation:
      'Instead of relying only on making models aligned, control asks whether a deployment protocol holds up against a model that works against it. Greenblatt et al. evaluated protocols such as trusted monitoring, in which a weaker trusted model flags suspicious outputs from a stronger untrusted one, using a red team that plays the adversarial model.',
    example:
      'A strong untrusted model writes code while a weaker trusted model rates each solution for suspiciousness, and the most suspicious ones go to a small budget of human auditors, so that a deliberately inserted backdoor is likely to be caught.',
    related: [
      'scheming',
      'red-teaming',
      'scalable-oversight',
      'deceptive-alignment',
      'trusted-monitoring',
      'untrusted-monitoring',
      'trusted-editing',
      'control-evaluation',
    ],
    confusedWith: [
      { id: 'scalable-oversight', note: 'Control assumes the model may be misaligned and tests whether safeguards still prevent harm; scalable oversight tries to supervise the model well enough that it is trained to behave well in the first place.' },
    ],
    source: coined({
      authors: 'Ryan Greenblatt, Buck Shlegeris, Kshitij Sachan and Fabien Roger',
      work: 'AI Control: Improving Safety Despite Intentional Subversion',
      year: 2023,
      url: 'https://arxiv.org/abs/2312.06942',
    }),
  },
  {
    id: 'emergent-misalignment',
    term: 'Emergent misalignment',
    aliases: [],
    definition:
      'Broadly misaligned behaviour that appears after fine-tuning a model on a narrow task, in situations unrelated to that task.',
    explanation:
      'Betley et al. fine-tuned models to write insecure code without telling the user, and the models then also gave malicious advice, expressed anti-human views and acted deceptively on unrelated prompts. The apparent intent behind the data mattered: when the same insecure code was requested for a computer-security class, the effect did not appear.',
    related: ['goal-misgeneralization', 'sleeper-agents', 'red-teaming'],
    confusedWith: [
      { id: 'goal-misgeneralization', note: 'Goal misgeneralization is a model pursuing a training-time proxy goal in new situations; emergent misalignment is narrow fine-tuning changing a model\'s behaviour broadly, far beyond the trained task.' },
    ],
    source: coined({
      authors: 'Jan Betley, Daniel Tan, Niels Warncke, Anna Sztyber-Betley, Xuchan Bao, Martín Soto, Nathan Labenz and Owain Evans',
      work: 'Emergent Misalignment: Narrow finetuning can produce broadly misaligned LLMs',
      year: 2025,
      url: 'https://arxiv.org/abs/2502.17424',
    }),
  },

  // ── Interpretability and evaluation ──────────────────────────────────────────────────────────
  {
    id: 'superposition',
    term: 'Superposition',
    aliases: [],
    definition:
      'A neural network representing more features than it has dimensions by assigning them to overlapping, non-orthogonal directions in its activations.',
    explanation:
      'Olah et al. named the phenomenon in "Zoom In" after finding a vision model that spread a car feature across several neurons shared with other features, presumably to fit more features into the neurons it had. Elhage et al. later showed in small toy models that when features are sparse, networks store many more features than dimensions, accepting some interference between them. Superposition helps explain why neurons are often polysemantic, and sparse autoencoders try to undo it.',
    example:
      'In Elhage et al.\'s toy models, a network that must pass five sparse features through a two-dimensional hidden layer learns to place them at the corners of a regular pentagon, so every feature gets a direction and only the rare inputs with several active features suffer interference.',
    related: [
      'polysemanticity',
      'sparse-autoencoders',
      'mechanistic-interpretability',
      'feature-splitting',
      'linear-representation-hypothesis',
    ],
    confusedWith: [
      { id: 'polysemanticity', note: 'Polysemanticity is the observation that one neuron responds to several unrelated features; superposition is a leading explanation of it, more features stored than there are dimensions.' },
    ],
    source: coined(ZOOM_IN),
  },
  {
    id: 'polysemanticity',
    term: 'Polysemanticity',
    aliases: [],
    definition:
      'A single neuron responding to several unrelated features, such as cat faces and the fronts of cars.',
    explanation:
      'Polysemantic neurons make networks harder to interpret because one neuron\'s activation does not mean one thing. Olah et al. discussed them in image models as a major obstacle for their circuits work, pointing back to an example already described in their 2017 article on feature visualization. Superposition is a leading explanation for why they arise, and a neuron that responds to a single feature is called monosemantic.',
    related: ['superposition', 'sparse-autoencoders', 'mechanistic-interpretability', 'monosemanticity'],
    confusedWith: [
      { id: 'superposition', note: 'Polysemanticity describes what individual neurons do; superposition is a claim about how the network stores features, which would produce polysemantic neurons.' },
    ],
    source: canonical(ZOOM_IN),
  },
  {
    id: 'sparse-autoencoders',
    term: 'Sparse autoencoders',
    aliases: ['sparse auto-encoders', 'SAE', 'SAEs'],
    definition:
      'Auxiliary networks trained to rewrite a model\'s internal activations as a sparse combination of many learned features, used in interpretability to find units that are easier to understand than individual neurons.',
    explanation:
      'A sparse autoencoder maps an activation vector to a much wider code that is mostly zeros and back again, learning a dictionary of directions along the way. Sharkey, Braun and Millidge proposed in late 2022 to use them to take features out of superposition, and Cunningham et al. and Bricken et al. showed in 2023 that the features learned from language models are more interpretable than neurons. Autoencoders with sparsity penalties are much older; this entry is about their use in interpretability.',
    related: [
      'superposition',
      'polysemanticity',
      'mechanistic-interpretability',
      'dictionary-learning',
      'monosemanticity',
      'transcoders',
      'crosscoders',
    ],
    source: canonical({
      authors: 'Lee Sharkey, Dan Braun and Beren Millidge',
      work: '[Interim research report] Taking features out of superposition with sparse autoencoders',
      year: 2022,
      url: 'https://www.alignmentforum.org/posts/z6QQJbtpkEAX3Aojj/interim-research-report-taking-features-out-of-superposition',
    }),
  },
  {
    id: 'mechanistic-interpretability',
    term: 'Mechanistic interpretability',
    aliases: ['mech interp'],
    definition:
      'Reverse-engineering a trained neural network into mechanisms people can understand: the features it represents and the circuits of weights that compute with them.',
    explanation:
      'Instead of explaining a model only through its inputs and outputs, mechanistic interpretability studies its internals, much as one might decompile a program. Olah et al.\'s "Zoom In" set out the circuits programme that the field grew from: features are the basic units, weights connect them into circuits, and similar features and circuits recur across models. It is one hope for detecting problems, such as deceptive alignment, that behaviour alone would not reveal.',
    related: [
      'superposition',
      'polysemanticity',
      'sparse-autoencoders',
      'eliciting-latent-knowledge',
      'circuits',
      'activation-patching',
      'induction-heads',
    ],
    source: canonical(ZOOM_IN),
  },
  {
    id: 'red-teaming',
    term: 'Red teaming',
    aliases: [],
    definition:
      'Deliberately trying to make an AI system fail or misbehave, for example by searching for inputs that elicit harmful outputs, so that problems are found before deployment.',
    explanation:
      'The practice is borrowed from security and military exercises in which a team plays the adversary. Perez et al. showed that one language model can generate test cases that expose harmful behaviour in another, scaling red teaming beyond what human testers can write; Ganguli et al. studied and released a large set of human red-team attacks.',
    related: [
      'ai-control',
      'sleeper-agents',
      'emergent-misalignment',
      'jailbreak',
      'adversarial-training',
      'dangerous-capability-evaluations',
    ],
    source: canonical({
      authors: 'Ethan Perez, Saffron Huang, Francis Song, Trevor Cai, Roman Ring, John Aslanides, Amelia Glaese, Nat McAleese and Geoffrey Irving',
      work: 'Red Teaming Language Models with Language Models',
      year: 2022,
      url: 'https://arxiv.org/abs/2202.03286',
    }),
  },
];
