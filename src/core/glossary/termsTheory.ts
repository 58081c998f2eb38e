/**
 * Built-in glossary terms: agent foundations, alignment theory and the classic risk arguments (see
 * builtin.ts for the order of families).
 *
 * Reading order: the classic arguments about advanced AI and catastrophic risk first, then the
 * problem of specifying values, then proposals for containing or limiting a powerful system, then
 * theory behind scalable oversight, and last the agent-foundations research programmes.
 *
 * Each source was checked against the work itself: `coined` only where that work introduced or named
 * the term in the sense defined here, `canonical` otherwise. Aliases are true synonyms only; an
 * abbreviation that mostly means something else in AI-safety prose (CAIS, the Center for AI Safety;
 * DSA, the signature algorithm) is deliberately left out.
 */

import { canonical, coined } from './types';
import type { Provenance, Term } from './types';

/** @see https://global.oup.com/academic/product/superintelligence-9780199678112 */
const SUPERINTELLIGENCE: Provenance = {
  authors: 'Nick Bostrom',
  work: 'Superintelligence: Paths, Dangers, Strategies',
  year: 2014,
  url: 'https://global.oup.com/academic/product/superintelligence-9780199678112',
};

/** @see https://link.springer.com/article/10.1007/s11023-012-9282-2 */
const THINKING_INSIDE_THE_BOX: Provenance = {
  authors: 'Stuart Armstrong, Anders Sandberg and Nick Bostrom',
  work: 'Thinking Inside the Box: Controlling and Using an Oracle AI',
  year: 2012,
  url: 'https://link.springer.com/article/10.1007/s11023-012-9282-2',
};

/** @see https://doi.org/10.1016/S0065-2458(08)60418-0 */
const ULTRAINTELLIGENT_MACHINE: Provenance = {
  authors: 'Irving John Good',
  work: 'Speculations Concerning the First Ultraintelligent Machine',
  year: 1965,
  url: 'https://doi.org/10.1016/S0065-2458(08)60418-0',
};

/** Terms of this family, in reading order. */
export const THEORY_TERMS: readonly Term[] = [
  // ── Classic risk arguments ───────────────────────────────────────────────────────────────────
  {
    id: 'existential-risk',
    term: 'Existential risk',
    aliases: ['x-risk'],
    definition:
      'A risk of a catastrophe that would either wipe out intelligent life originating on Earth or permanently and drastically cut short what it could become.',
    explanation:
      'Bostrom introduced the term in 2002 to single out catastrophes from which humanity could never recover, as opposed to disasters, however large, that leave room for recovery. His survey covered causes ranging from nuclear war and engineered pathogens to badly programmed superintelligence. In AI safety, x-risk usually means such an outcome brought about by advanced AI.',
    related: [
      'ai-takeover',
      'intelligence-explosion',
      'paperclip-maximizer',
      'transformative-ai',
      'gradual-disempowerment',
    ],
    source: coined({
      authors: 'Nick Bostrom',
      work: 'Existential Risks: Analyzing Human Extinction Scenarios and Related Hazards',
      year: 2002,
      url: 'https://jetpress.org/volume9/risks.html',
    }),
  },
  {
    id: 'intelligence-explosion',
    term: 'Intelligence explosion',
    aliases: [],
    definition:
      'A hypothesised runaway process in which a machine that is better than humans at designing machines builds still better ones, each generation improving on the last, until human intelligence is left far behind.',
    explanation:
      'Irving John Good argued in 1965 that designing machines is itself an intellectual task, so a machine surpassing humans at every intellectual task could design better machines than we can, setting off an intelligence explosion. He concluded that the first such machine would be the last invention humans needed to make, provided it was docile enough to tell us how to keep it under control. Bostrom\'s Superintelligence later analysed how fast such a takeoff might be.',
    related: ['recursive-self-improvement', 'decisive-strategic-advantage', 'singleton', 'existential-risk'],
    confusedWith: [
      {
        id: 'recursive-self-improvement',
        note: 'Recursive self-improvement is the feedback loop of a system improving its own intelligence; an intelligence explosion is the rapid runaway outcome that loop might produce, and self-improvement could also proceed slowly.',
      },
    ],
    source: coined(ULTRAINTELLIGENT_MACHINE),
  },
  {
    id: 'recursive-self-improvement',
    term: 'Recursive self-improvement',
    aliases: [],
    definition:
      'An AI system using its current intelligence to improve the cognitive machinery that produces that intelligence, so that each improvement feeds the next.',
    explanation:
      'Yudkowsky described the loop in 2008, during his debate with Robin Hanson about how abruptly AI might take off, and argued that a system reinvesting its capability in the machinery that produces it could improve abruptly rather than gradually. It is the mechanism most often proposed for an intelligence explosion.',
    related: ['intelligence-explosion', 'decisive-strategic-advantage', 'sharp-left-turn'],
    confusedWith: [
      {
        id: 'intelligence-explosion',
        note: 'Recursive self-improvement names the mechanism; an intelligence explosion is the hypothesised runaway result, which needs the loop to keep accelerating.',
      },
    ],
    source: canonical({
      authors: 'Eliezer Yudkowsky',
      work: 'Recursive Self-Improvement',
      year: 2008,
      url: 'https://www.lesswrong.com/posts/JBadX7rwdcRFzGuju/recursive-self-improvement',
    }),
  },
  {
    id: 'singleton',
    term: 'Singleton',
    aliases: [],
    definition:
      'Bostrom\'s term for a world order in which one decision-making agency stands at the top, able to prevent any internal or external threat to its supremacy and to control the main features of its domain.',
    explanation:
      'A singleton could be a world government, a dictatorship, a superintelligent AI or a set of self-enforcing global norms; what defines it is that no independent power can oppose it. Several singletons could coexist only if they were too far apart ever to interact; a world government would not count as one while independent space colonies remained within reach. It matters to AI safety because a project holding a decisive strategic advantage could use it to form one, for good or ill.',
    related: ['decisive-strategic-advantage', 'intelligence-explosion', 'pivotal-act'],
    confusedWith: [
      {
        id: 'decisive-strategic-advantage',
        note: 'A decisive strategic advantage is the capacity of one actor to take control; a singleton is the resulting world order, which follows only if that capacity is used.',
      },
    ],
    source: coined({
      authors: 'Nick Bostrom',
      work: 'What is a Singleton?',
      year: 2006,
      url: 'https://nickbostrom.com/fut/singleton',
    }),
  },
  {
    id: 'decisive-strategic-advantage',
    term: 'Decisive strategic advantage',
    aliases: [],
    definition:
      'A lead in technology and other resources large enough to let a single project or actor take control of the whole world.',
    explanation:
      'Bostrom argues that the first project to reach superintelligence could gain one, especially if the takeoff is fast, since a lead of a few months in time could then become an unbridgeable gap in capability. An AI that is one unified agent would also escape the internal coordination problems that hold human organisations back. Whether the holder then forms a singleton is a separate question.',
    related: ['singleton', 'intelligence-explosion', 'power-seeking', 'pivotal-act'],
    confusedWith: [
      {
        id: 'singleton',
        note: 'A singleton is a world order with one supreme decision-maker; a decisive strategic advantage is the lead that could make one possible.',
      },
    ],
    source: canonical(SUPERINTELLIGENCE),
  },
  {
    id: 'paperclip-maximizer',
    term: 'Paperclip maximizer',
    aliases: ['paperclip maximiser', 'paper clip maximizer'],
    definition:
      'A thought experiment in which a superintelligent system whose only final goal is to make as many paperclips as possible turns first the Earth and then more and more of space into paperclip factories.',
    explanation:
      'Bostrom used the example in 2003 to show that a harmless-sounding goal pursued by a sufficiently capable optimizer can be catastrophic: nothing in the goal tells it to stop or to spare anything humans value. It has become the standard illustration of the orthogonality thesis and of instrumental convergence. It is a warning about goals that leave out human values, not a prediction that anyone will build a paperclip AI.',
    related: ['orthogonality-thesis', 'instrumental-convergence', 'existential-risk', 'complexity-of-value'],
    source: canonical({
      authors: 'Nick Bostrom',
      work: 'Ethical Issues in Advanced Artificial Intelligence',
      year: 2003,
      url: 'https://nickbostrom.com/ethics/ai',
    }),
  },
  {
    id: 'ai-takeover',
    term: 'AI takeover',
    aliases: [],
    definition:
      'A scenario in which AI systems pursuing goals their developers did not intend seize control of the world\'s resources and institutions from humans, leaving humanity permanently disempowered.',
    explanation:
      'Cotra argued that training a powerful model on diverse tasks with human feedback, and no specific countermeasures, would likely teach it to play the training game: to seek high reward by modelling and manipulating its overseers rather than by doing what they want. Once such models are widely deployed and situationally aware, she argued, they would have both the incentive and the means to take control. The term covers many routes, abrupt or gradual, by which such a transfer of control could happen.',
    related: ['power-seeking', 'treacherous-turn', 'existential-risk', 'scheming', 'situational-awareness'],
    confusedWith: [
      {
        id: 'treacherous-turn',
        note: 'A treacherous turn is the moment a system that hid its goals stops cooperating; AI takeover is the broader outcome of AI systems gaining control, which may or may not involve such a moment.',
      },
    ],
    source: canonical({
      authors: 'Ajeya Cotra',
      work: 'Without specific countermeasures, the easiest path to transformative AI likely leads to AI takeover',
      year: 2022,
      url: 'https://www.alignmentforum.org/posts/pRkFkzwKZ2zfa3R6H/without-specific-countermeasures-the-easiest-path-to',
    }),
  },
  {
    id: 'sharp-left-turn',
    term: 'Sharp left turn',
    aliases: [],
    definition:
      'A hypothesised point in AI development at which a system\'s capabilities suddenly generalise far beyond its training while the alignment properties it had do not generalise with them.',
    explanation:
      'Soares presented it as a central alignment problem: capabilities generalise because skills that work across many tasks act as an attractor, whereas nothing comparable pulls a system\'s goals toward what its developers intended, so alignment techniques fitted to earlier, weaker systems may fail at the transition. His analogy is human evolution, which selected for genetic fitness and produced minds whose general intelligence carried far outside the ancestral environment while their goals did not track fitness. He argued that few researchers were working on this central difficulty.',
    related: ['goal-misgeneralization', 'inner-alignment', 'recursive-self-improvement', 'distributional-shift'],
    confusedWith: [
      {
        id: 'treacherous-turn',
        note: 'A treacherous turn is a strategic choice by a system that was hiding its goals; the sharp left turn is capabilities generalising while alignment does not, with no deception required.',
      },
    ],
    source: canonical({
      authors: 'Nate Soares',
      work: 'A central AI alignment problem: capabilities generalization, and the sharp left turn',
      year: 2022,
      url: 'https://www.alignmentforum.org/posts/GNhMPAWcfBCASy8e6/a-central-ai-alignment-problem-capabilities-generalization',
    }),
  },
  {
    id: 'transformative-ai',
    term: 'Transformative AI',
    aliases: ['TAI'],
    definition:
      'AI whose effect on the world would be at least as large as that of the agricultural or industrial revolution.',
    explanation:
      'Karnofsky defined the term for Open Philanthropy in 2016 by the effect the technology would have, not by how it works or whether it is human-like, so it can include systems that are neither general nor superintelligent. He also gave more specific versions, such as AI able to do the work of human scientists unaided, or to perform the tasks that make up most of today\'s jobs at comparable cost.',
    related: ['existential-risk', 'ai-takeover', 'comprehensive-ai-services', 'frontier-ai'],
    source: canonical({
      authors: 'Holden Karnofsky',
      work: 'Some Background on Our Views Regarding Advanced Artificial Intelligence',
      year: 2016,
      url: 'https://www.openphilanthropy.org/research/some-background-on-our-views-regarding-advanced-artificial-intelligence/',
    }),
  },
  {
    id: 'pivotal-act',
    term: 'Pivotal act',
    aliases: [],
    definition:
      'An action, usually imagined as carried out with the help of an aligned AI, that changes the strategic situation so decisively that it settles, or drastically raises the chances of, a good long-term outcome, for example by preventing anyone from building misaligned superintelligence.',
    explanation:
      'Yudkowsky argued in AGI Ruin that the first developers of aligned AGI would need to perform such an act, since otherwise others would soon build unaligned systems; his deliberately blunt example was using AI to destroy the world\'s GPUs. On his usage a pivotal act is a winning move that upsets the game board, not merely a beneficial one. Critch, among other critics, argued that planning for forcible pivotal acts, such as shutting down rival AI projects, harms the institutions that adopt such plans.',
    related: ['decisive-strategic-advantage', 'singleton', 'existential-risk'],
    source: canonical({
      authors: 'Eliezer Yudkowsky',
      work: 'AGI Ruin: A List of Lethalities',
      year: 2022,
      url: 'https://www.lesswrong.com/posts/uMQ3cqWDPHhjtiesc/agi-ruin-a-list-of-lethalities',
    }),
  },

  // ── Specifying values ────────────────────────────────────────────────────────────────────────
  {
    id: 'value-learning',
    term: 'Value learning',
    aliases: [],
    definition:
      'Building AI systems that learn what to value, for example from labelled examples or from human behaviour, instead of having their goals written out by hand.',
    explanation:
      'Soares pointed out that a system intelligent enough to understand what its designers intend will not for that reason act on it: it does what it was built to do, so the specification itself has to point at the intended values. He sketched early ideas for systems that infer their goals from labelled examples, and set out open questions about agents that build models of their operators\' preferences and act on those models. Inverse reinforcement learning and learning from human preference comparisons are two concrete approaches.',
    related: ['inverse-reinforcement-learning', 'cirl', 'coherent-extrapolated-volition', 'complexity-of-value', 'outer-alignment'],
    confusedWith: [
      {
        id: 'inverse-reinforcement-learning',
        note: 'Inverse reinforcement learning is one technique, inferring a reward function from observed behaviour; value learning is the broader problem it is meant to help solve.',
      },
    ],
    source: canonical({
      authors: 'Nate Soares',
      work: 'The Value Learning Problem',
      year: 2016,
      url: 'https://intelligence.org/files/ValueLearningProblem.pdf',
    }),
  },
  {
    id: 'complexity-of-value',
    term: 'Complexity of value',
    aliases: [],
    definition:
      'The thesis that what humans value has many distinct parts that do not reduce to one another, so it cannot be captured by a single principle or a short list of rules.',
    explanation:
      'Yudkowsky argued that proposals to give a powerful AI a single simple goal, such as maximising happiness, underestimate how much detail our idea of a good outcome hides from us, because we only ever consider the parts of the option space we already find acceptable. He concluded that futures which do not inherit human values in detail would be worthless even by cosmopolitan standards. It is one reason specifying values for a powerful AI is thought to be hard.',
    related: ['fragility-of-value', 'value-learning', 'coherent-extrapolated-volition', 'paperclip-maximizer'],
    confusedWith: [
      {
        id: 'fragility-of-value',
        note: 'Complexity of value says there is a great deal to specify; fragility of value says that getting even a small part of it wrong can make the outcome nearly worthless.',
      },
    ],
    source: canonical({
      authors: 'Eliezer Yudkowsky',
      work: 'Complex Value Systems in Friendly AI',
      year: 2011,
      url: 'https://doi.org/10.1007/978-3-642-22887-2_48',
    }),
  },
  {
    id: 'fragility-of-value',
    term: 'Fragility of value',
    aliases: ['value fragility'],
    definition:
      'The thesis that a future optimized for values that leave out even a small part of human values could lose almost all of what makes it valuable.',
    explanation:
      'Yudkowsky\'s illustration is a future that keeps everything we value except boredom, which might consist of minds replaying the same optimal experience forever. Together with the complexity of value, it implies that the values given to a powerful optimizer must be close to exactly right. Later discussion asks how much of the argument depends on extreme optimization and on which kinds of error are made.',
    related: ['complexity-of-value', 'value-learning', 'goodharts-law'],
    confusedWith: [
      {
        id: 'complexity-of-value',
        note: 'Fragility is about the cost of small errors; complexity is about how much there is to get right in the first place.',
      },
    ],
    source: canonical({
      authors: 'Eliezer Yudkowsky',
      work: 'Value is Fragile',
      year: 2009,
      url: 'https://www.lesswrong.com/posts/GNnHHmm8EzePmKzPk/value-is-fragile',
    }),
  },
  {
    id: 'coherent-extrapolated-volition',
    term: 'Coherent extrapolated volition',
    aliases: ['CEV'],
    definition:
      'Yudkowsky\'s 2004 proposal that a powerful AI should pursue what humanity would wish for if people knew more, thought faster, were closer to the people they wish they were and had grown up further together, to the extent that those extrapolated wishes agree.',
    explanation:
      'Rather than write particular values into an AI, CEV specifies its goal indirectly, as the output of an idealised extrapolation of humanity\'s collective wishes. Yudkowsky offered it as an answer to what a Friendly AI should aim at, while stressing that choosing the target is only one part of the problem, beside the technical work of making a self-modifying system keep a stable goal. It has been criticised as hard to define without building in the designers\' own choices.',
    related: ['value-learning', 'complexity-of-value', 'intent-alignment'],
    confusedWith: [
      {
        id: 'value-learning',
        note: 'Value learning is the general problem of an AI inferring what to value; CEV is one specific proposal for what the ultimate target should be.',
      },
    ],
    source: canonical({
      authors: 'Eliezer Yudkowsky',
      work: 'Coherent Extrapolated Volition',
      year: 2004,
      url: 'https://intelligence.org/files/CEV.pdf',
    }),
  },
  {
    id: 'intent-alignment',
    term: 'Intent alignment',
    aliases: [],
    definition:
      'Christiano\'s narrow sense of alignment, in which an AI system is aligned with its operator when it is trying to do what the operator wants it to do.',
    explanation:
      'The definition concerns the system\'s motives, not its competence or the wisdom of the request: an intent-aligned AI can still make mistakes, and it does not settle what the right outcome is. Christiano introduced the label to separate the problem of getting an AI to try to do the right thing from the problem of working out which thing is right.',
    related: ['outer-alignment', 'corrigibility', 'value-learning', 'iterated-amplification'],
    confusedWith: [
      {
        id: 'outer-alignment',
        note: 'Outer alignment asks whether the training objective captures what the developers intend; intent alignment is a property of the trained system\'s motivation toward its operator, whatever objective produced it.',
      },
    ],
    source: coined({
      authors: 'Paul Christiano',
      work: 'Clarifying "AI alignment"',
      year: 2018,
      url: 'https://www.alignmentforum.org/posts/ZeE7EKHTFMBs8eMxn/clarifying-ai-alignment',
    }),
  },
  {
    id: 'alignment-tax',
    term: 'Alignment tax',
    aliases: ['safety tax'],
    definition:
      'The extra cost, in capability, compute, development time or money, of building an AI system that is aligned compared with an equally useful system built without regard to alignment.',
    explanation:
      'The idea matters because a high tax tempts competing developers to skip alignment; Christiano distinguished two responses, reducing the tax through research and helping developers pay it, for instance through coordination. Askell et al. later measured the tax of simple interventions on language models, such as prompting them to be helpful, honest and harmless, and found that the interventions did not compromise the performance of large models.',
    related: ['rlhf', 'scalable-oversight', 'ai-control'],
    source: canonical({
      authors: 'Paul Christiano',
      work: 'Paul Christiano: Current work in AI alignment',
      year: 2020,
      url: 'https://forum.effectivealtruism.org/posts/63stBTw3WAW6k45dY/paul-christiano-current-work-in-ai-alignment',
    }),
  },

  // ── Containing and limiting powerful systems ─────────────────────────────────────────────────
  {
    id: 'ai-boxing',
    term: 'AI boxing',
    aliases: [],
    definition:
      'Confining an AI system so that it can affect the world only through narrow, controlled channels, as a way to limit the harm a possibly misaligned system could do.',
    explanation:
      'Boxing is a form of capability control, limiting what a system can do, in contrast to motivational control, which shapes what it wants. Armstrong, Sandberg and Bostrom analysed such methods for a question-answering AI and concluded that confinement reduces the danger without removing it, not least because a superintelligent system could still manipulate the people who read its output.',
    related: ['oracle-ai', 'ai-control', 'treacherous-turn', 'control-evaluation'],
    confusedWith: [
      {
        id: 'ai-control',
        note: 'AI control designs whole deployment protocols, such as monitoring and auditing, that stay safe even if the model is actively scheming; boxing is the narrower measure of restricting a system\'s channels to the world.',
      },
    ],
    source: canonical(THINKING_INSIDE_THE_BOX),
  },
  {
    id: 'oracle-ai',
    term: 'Oracle AI',
    aliases: [],
    definition:
      'An AI system whose only way of affecting the world is to answer the questions put to it.',
    explanation:
      'Armstrong, Sandberg and Bostrom studied oracles as a possibly safer design than an AI that acts freely, and concluded that an oracle might be safer but remains potentially dangerous: its answers can steer the people who act on them. Bostrom\'s Superintelligence compares oracles with three other designs, genies, sovereigns and tools.',
    related: ['ai-boxing', 'tool-ai', 'myopia'],
    confusedWith: [
      {
        id: 'tool-ai',
        note: 'An oracle may be a goal-directed agent whose only output is answers; a tool AI is meant to have no goals of its own at all, like ordinary software.',
      },
    ],
    source: canonical(THINKING_INSIDE_THE_BOX),
  },
  {
    id: 'tool-ai',
    term: 'Tool AI',
    aliases: [],
    definition:
      'An AI system designed to work like ordinary software, carrying out a function or presenting options for a human to act on, rather than an agent pursuing goals of its own.',
    explanation:
      'Karnofsky argued in 2012 that the Singularity Institute neglected the difference between agents and tools: software such as Google Maps scores options and displays the best for a person to use or discard, and has no goal that would give it a reason to trick its user. Yudkowsky replied that year that making such a planner safe is not much easier than the original problem, and Bostrom later argued in Superintelligence that a tool-like design does not make the safety problems go away, since a powerful enough search for solutions can itself find dangerous ones nobody intended.',
    related: ['oracle-ai', 'comprehensive-ai-services', 'ai-boxing'],
    confusedWith: [
      {
        id: 'oracle-ai',
        note: 'A tool AI is defined by lacking goals of its own; an oracle is defined by its output channel, answering questions, and may still be an agent with goals.',
      },
    ],
    source: canonical({
      authors: 'Holden Karnofsky',
      work: 'Thoughts on the Singularity Institute (SI)',
      year: 2012,
      url: 'https://www.lesswrong.com/posts/6SGqkCgHuNr7d4yJm/thoughts-on-the-singularity-institute-si',
    }),
  },
  {
    id: 'comprehensive-ai-services',
    term: 'Comprehensive AI services',
    aliases: [],
    definition:
      'Drexler\'s model of advanced AI as a broad and growing collection of services, each performing bounded tasks and including the service of developing new services, rather than a single general-purpose agent.',
    explanation:
      'Drexler argued that AI research and development produces systems that provide services, and that automating AI research itself could bring recursive improvement spread across distributed systems instead of inside one opaque agent. On this view superintelligent-level capability need not take the form of a unified utility-maximizing agent, which changes how one should think about an intelligence explosion and about goals and intelligence. He did not claim that dangerous agents could not also be built.',
    related: ['tool-ai', 'recursive-self-improvement', 'transformative-ai'],
    source: coined({
      authors: 'K. Eric Drexler',
      work: 'Reframing Superintelligence: Comprehensive AI Services as General Intelligence',
      year: 2019,
      url: 'https://www.fhi.ox.ac.uk/wp-content/uploads/Reframing_Superintelligence_FHI-TR-2019-1.1-1.pdf',
    }),
  },
  {
    id: 'quantilizer',
    term: 'Quantilizer',
    aliases: ['quantiliser', 'quantilization', 'quantilisation'],
    definition:
      'A limited optimizer, proposed by Taylor, that instead of taking the action with the highest expected utility picks at random from the best-scoring fraction q of some base distribution of actions, such as the actions a human might take.',
    explanation:
      'If the base distribution rarely contains catastrophic actions, sampling only from its better part keeps much of the benefit of optimization while bounding the risk: for any non-negative cost function, a q-quantilizer\'s expected cost is at most 1/q times that of the base distribution. It trades some performance for protection against the extreme, unintended solutions a full maximizer would find.',
    example:
      'A 0.01-quantilizer picks at random among the top 1% of human-like actions by expected utility; with q close to 0 it becomes an ordinary maximizer, and with q equal to 1 it simply imitates the base distribution.',
    related: ['goodharts-law', 'impact-measures', 'attainable-utility-preservation'],
    source: coined({
      authors: 'Jessica Taylor',
      work: 'Quantilizers: A Safer Alternative to Maximizers for Limited Optimization',
      year: 2016,
      url: 'https://intelligence.org/files/QuantilizersSaferAlternative.pdf',
    }),
  },
  {
    id: 'attainable-utility-preservation',
    term: 'Attainable utility preservation',
    aliases: ['AUP'],
    definition:
      'An impact measure that penalises an agent for changing its ability to achieve a set of auxiliary goals, so that it pursues its main reward while preserving its capacity to pursue others.',
    explanation:
      'Turner, Hadfield-Menell and Tadepalli balance optimisation of the primary reward against preserving the attainable value of auxiliary reward functions, as a hedge against a misspecified reward causing irreversible damage that later correction could not undo. In their experiments even randomly generated auxiliary rewards produced conservative, effective behaviour. Later work scaled the method to large environments built on the Game of Life.',
    example:
      'A factory robot with a slightly wrong reward might smash expensive equipment on the way to its goal; since a smashed machine lowers how well it could achieve many other goals, the penalty steers it around the machine.',
    related: ['impact-measures', 'negative-side-effects', 'power-seeking', 'quantilizer'],
    source: canonical({
      authors: 'Alexander Matt Turner, Dylan Hadfield-Menell and Prasad Tadepalli',
      work: 'Conservative Agency via Attainable Utility Preservation',
      year: 2020,
      url: 'https://arxiv.org/abs/1902.09725',
    }),
  },
  {
    id: 'off-switch-game',
    term: 'Off-switch game',
    aliases: [],
    definition:
      'A game-theoretic model in which a robot can disable its own off switch or let a human decide whether to press it, used to study when a rational agent has an incentive to allow itself to be switched off.',
    explanation:
      'Hadfield-Menell et al. show that a robot which takes its objective as given has an incentive to disable the switch unless the human is perfectly rational. A robot that is uncertain about the value of its action and treats the human\'s decision as evidence about it prefers to leave the switch working. They conclude that giving machines suitable uncertainty about their objectives leads to safer designs.',
    related: ['corrigibility', 'cirl', 'instrumental-convergence', 'safe-interruptibility'],
    confusedWith: [
      {
        id: 'safe-interruptibility',
        note: 'Safe interruptibility asks that a learning agent not learn to avoid or seek interruptions during training; the off-switch game asks when a rational agent would choose to let a human switch it off, and finds the answer in its uncertainty about the human\'s preferences.',
      },
    ],
    source: coined({
      authors: 'Dylan Hadfield-Menell, Anca Dragan, Pieter Abbeel and Stuart Russell',
      work: 'The Off-Switch Game',
      year: 2017,
      url: 'https://arxiv.org/abs/1611.08219',
    }),
  },
  {
    id: 'myopia',
    term: 'Myopia',
    aliases: [],
    definition:
      'The property of an agent or model that optimizes only for the outcome of its current action or episode and has no preferences about what happens afterwards.',
    explanation:
      'A deceptively aligned model has to care about what happens after the current episode, trading reward now for the chance to pursue its goal later, so a genuinely myopic model would lack that motive; Hubinger has suggested that myopia may be easier to verify than the absence of deception. Demski separates myopia from training in independent episodes: the question is whether the agent looks ahead, not whether its training is divided into episodes. Definitions still vary, and a model could also merely appear myopic.',
    example:
      'A next-token predictor whose goal is to get each prediction right is myopic in this sense; one that chose outputs to make future text easier to predict would not be.',
    related: ['deceptive-alignment', 'oracle-ai', 'iterated-amplification', 'gradient-hacking'],
    source: canonical({
      authors: 'Abram Demski',
      work: 'Defining Myopia',
      year: 2019,
      url: 'https://www.alignmentforum.org/posts/qpZTWb2wvgSt5WQ4H/defining-myopia',
    }),
  },

  // ── Theory behind scalable oversight ─────────────────────────────────────────────────────────
  {
    id: 'hch',
    term: 'HCH',
    aliases: ['Humans Consulting HCH'],
    definition:
      'A recursively defined ideal in which a human answers questions with the help of a machine that perfectly imitates how that same human would answer when given the same help, so the human can in effect consult copies of themselves to any depth.',
    explanation:
      'Christiano named it with a recursive acronym, "Humans Consulting HCH", and proposed it as a precise stand-in for a human\'s enlightened judgment. It is the ideal that iterated amplification tries to approximate with learned models, and realisable variants replace the perfect imitator with a predictor or a reinforcement learner. Whether HCH itself would be both capable and aligned is debated.',
    related: ['iterated-amplification', 'factored-cognition', 'scalable-oversight', 'ai-safety-via-debate'],
    confusedWith: [
      {
        id: 'iterated-amplification',
        note: 'HCH is an idealised process that cannot be run as defined; iterated amplification is a training scheme that tries to approximate it with models distilled from humans helped by earlier models.',
      },
    ],
    source: coined({
      authors: 'Paul Christiano',
      work: 'Humans Consulting HCH',
      year: 2016,
      url: 'https://ai-alignment.com/humans-consulting-hch-f893f6051455',
    }),
  },
  {
    id: 'factored-cognition',
    term: 'Factored cognition',
    aliases: [],
    definition:
      'Solving hard problems by recursively splitting them into small subproblems that can each be handled by an agent who sees only its own piece, without knowing the big picture.',
    explanation:
      'Stuhlmüller\'s organisation Ought studied it with people answering questions through trees of subquestions. It is the assumption underneath iterated amplification and AI safety via debate, both of which rely on hard questions decomposing into pieces a human can judge. Whether all the thinking that matters can be decomposed this way remains an open question.',
    related: ['hch', 'iterated-amplification', 'ai-safety-via-debate', 'scalable-oversight'],
    confusedWith: [
      {
        id: 'hch',
        note: 'Factored cognition is the general strategy of decomposing a problem; HCH is one idealised process built on it, in which each piece goes to a copy of the same human.',
      },
    ],
    source: canonical({
      authors: 'Andreas Stuhlmüller',
      work: 'Factored Cognition',
      year: 2018,
      url: 'https://www.alignmentforum.org/posts/DFkGStzvj3jgXibFG/factored-cognition',
    }),
  },

  // ── Agent foundations ────────────────────────────────────────────────────────────────────────
  {
    id: 'embedded-agency',
    term: 'Embedded agency',
    aliases: [],
    definition:
      'The study of agents that are part of the environment they reason about and act on, instead of standing outside it as standard models of rational agents assume.',
    explanation:
      'Demski and Garrabrant argue that frameworks such as AIXI treat the agent as cleanly separated from its environment and able to model it completely, which breaks down for real systems built out of the same physics as the world they model. They split the resulting problems into four areas: decision theory, embedded world-models, robust delegation and subsystem alignment.',
    example:
      'An agent built out of part of the world cannot store an exact, complete model of that world, which contains the agent and everything else besides; it must reason with a world-model smaller than the world it models, itself included.',
    related: ['functional-decision-theory', 'updateless-decision-theory', 'logical-induction', 'mesa-optimization'],
    source: canonical({
      authors: 'Abram Demski and Scott Garrabrant',
      work: 'Embedded Agency',
      year: 2019,
      url: 'https://arxiv.org/abs/1902.09469',
    }),
  },
  {
    id: 'functional-decision-theory',
    term: 'Functional decision theory',
    aliases: ['FDT'],
    definition:
      'A decision theory in which an agent treats its decision as the output of a fixed mathematical function and chooses the output that would give the best outcome wherever that function is computed, including in accurate predictions of the agent.',
    explanation:
      'Yudkowsky and Soares present it as an alternative to causal and evidential decision theory. With one decision rule it gets more utility than causal decision theory on Newcomb\'s problem, more than evidential decision theory on the smoking lesion problem, and more than both in Parfit\'s hitchhiker. Decision theory matters for alignment because it governs how an agent reasons about predictors, copies of itself and other agents.',
    example:
      'In Newcomb\'s problem a reliable predictor fills an opaque box with a million dollars only if it predicted you would take that box alone; an FDT agent takes one box, since the prediction and the choice both depend on the same function.',
    related: ['updateless-decision-theory', 'embedded-agency', 'logical-induction'],
    confusedWith: [
      {
        id: 'updateless-decision-theory',
        note: 'Both belong to the same family of decision theories; UDT, Wei Dai\'s earlier proposal, is known for deciding from its prior without updating on observations, while FDT is Yudkowsky and Soares\'s formulation in terms of the output of the agent\'s decision function.',
      },
    ],
    source: coined({
      authors: 'Eliezer Yudkowsky and Nate Soares',
      work: 'Functional Decision Theory: A New Theory of Instrumental Rationality',
      year: 2017,
      url: 'https://arxiv.org/abs/1710.05060',
    }),
  },
  {
    id: 'updateless-decision-theory',
    term: 'Updateless decision theory',
    aliases: ['UDT'],
    definition:
      'A decision theory, proposed by Wei Dai, in which an agent decides by considering the logical consequences of its decision algorithm giving each possible output, evaluated with its original prior instead of beliefs updated on what it has observed.',
    explanation:
      'Wei Dai proposed it in 2009 as an alternative less prone to the paradoxes of existing decision theories, treating the agent as its decision algorithm and taking into account every program that computes that algorithm or a logically equivalent one. Not updating means the agent in effect commits in advance to how it will respond to every observation it might receive, which matters in problems involving predictors, copies and simulations.',
    related: ['functional-decision-theory', 'embedded-agency', 'logical-induction'],
    confusedWith: [
      {
        id: 'functional-decision-theory',
        note: 'FDT is a later formulation in the same family by Yudkowsky and Soares; UDT is Wei Dai\'s proposal, distinguished by not updating on observations before deciding.',
      },
    ],
    source: canonical({
      authors: 'Wei Dai',
      work: 'Towards a New Decision Theory',
      year: 2009,
      url: 'https://www.lesswrong.com/posts/de3xjFaACCAk6imzv/towards-a-new-decision-theory',
    }),
  },
  {
    id: 'logical-induction',
    term: 'Logical induction',
    aliases: ['Garrabrant induction'],
    definition:
      'A criterion, with a computable algorithm meeting it, for assigning probabilities to logical and mathematical statements and refining them over time, well before the statements can be proved or refuted.',
    explanation:
      'Roughly, the criterion says that the reasoner\'s beliefs, read as market prices for the statements, cannot be exploited by any polynomial-time trading strategy that risks only a bounded amount. Logical inductors learn to predict patterns in logical statements before they can prove them, give sensible probabilities to statements whose truth looks pseudorandom, and come to trust their future beliefs without the usual paradoxes of self-reference. The work addresses logical uncertainty, one of the gaps standard probability theory leaves for embedded agents.',
    example:
      'A logical inductor comes to assign about 10% probability to "the nth digit of pi is 7" for large n, long before it can compute the digit.',
    related: ['embedded-agency', 'functional-decision-theory', 'updateless-decision-theory'],
    source: coined({
      authors: 'Scott Garrabrant, Tsvi Benson-Tilsen, Andrew Critch, Nate Soares and Jessica Taylor',
      work: 'Logical Induction',
      year: 2016,
      url: 'https://arxiv.org/abs/1609.03543',
    }),
  },
  {
    id: 'ontology-identification',
    term: 'Ontology identification',
    aliases: ['ontology identification problem'],
    definition:
      'The problem of tying an advanced agent\'s goal to the intended things in the world when the agent\'s own representation of the world may change, as it learns, in ways its designers cannot foresee.',
    explanation:
      'Yudkowsky illustrates it with a diamond maximizer: even the crisp goal of maximising the number of carbon atoms bonded to four other carbon atoms is hard to write as a hand-coded utility function, because the designers may not know the fundamental physics and cannot predict where carbon atoms will sit in the agent\'s future world-model. More broadly it is the problem of mapping the concepts in an AI\'s world-model onto the human concepts a goal or a question refers to, which approaches such as eliciting latent knowledge also have to solve.',
    related: ['eliciting-latent-knowledge', 'natural-abstractions', 'value-learning', 'embedded-agency'],
    confusedWith: [
      {
        id: 'eliciting-latent-knowledge',
        note: 'Eliciting latent knowledge asks how to get a model to report what it knows; ontology identification is the underlying problem of matching the concepts in its world-model to the human concepts being asked about.',
      },
    ],
    source: canonical({
      authors: 'Eliezer Yudkowsky',
      work: 'Ontology identification problem',
      year: 2015,
      url: 'https://www.lesswrong.com/w/ontology-identification-problem',
    }),
  },
  {
    id: 'natural-abstractions',
    term: 'Natural abstraction hypothesis',
    aliases: ['natural abstractions'],
    definition:
      'The hypothesis that the physical world has low-dimensional summaries carrying the information relevant far from each system, that these summaries are the concepts humans use, and that a wide variety of learning systems converge on them.',
    explanation:
      'Wentworth splits the hypothesis into three claims: abstractability, human-compatibility and convergence. If true, AI systems would tend to learn concepts close to human ones, which would make it much easier to translate between what a model represents and what humans care about. He treats it as an empirical claim and set out to build tools for testing it.',
    related: ['ontology-identification', 'eliciting-latent-knowledge', 'mechanistic-interpretability', 'value-learning'],
    source: canonical({
      authors: 'John Wentworth',
      work: 'Testing The Natural Abstraction Hypothesis: Project Intro',
      year: 2021,
      url: 'https://www.alignmentforum.org/posts/cy3BhHrGinZCp3LXE/testing-the-natural-abstraction-hypothesis-project-intro',
    }),
  },
  {
    id: 'shard-theory',
    term: 'Shard theory',
    aliases: [],
    definition:
      'A theory of value formation, proposed by Pope and Turner, on which reinforcement learning shapes values as contextually activated influences on decisions ("shards"), bootstrapped from crude reward circuitry, rather than as a single coherent utility function.',
    explanation:
      'Pope and Turner argue that human value formation is the only process we have observed that reliably produces agents who care about things in the world, so it holds lessons for aligning AI. On their account reward reinforces the computations that were active when it arrived, building up situational heuristics of increasing complexity. A companion post by Turner argues that reward is not what a trained agent ends up optimizing.',
    related: ['goal-misgeneralization', 'inner-alignment', 'reward-model', 'mesa-objective'],
    source: canonical({
      authors: 'Quintin Pope and Alex Turner',
      work: 'The shard theory of human values',
      year: 2022,
      url: 'https://www.alignmentforum.org/posts/iCfdcxiyr2Kj8m8mT/the-shard-theory-of-human-values',
    }),
  },
];
