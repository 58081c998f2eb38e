/**
 * Built-in glossary terms: interpretability and the science of deep learning (see builtin.ts for
 * the order of families).
 *
 * Order is reading order: transformer anatomy and circuits first, then the causal methods used to
 * test claims about them (patching, scrubbing), reading and steering activations, sparse
 * dictionaries and the features they find, anomaly detection, singular learning theory and
 * developmental interpretability, and finally training and scaling phenomena.
 *
 * Every entry was checked against the cited work; `coined` is used only where that work introduced
 * or named the term. Aliases list spelling variants, abbreviations and established synonyms only.
 */

import { canonical, coined } from './types';
import type { Provenance, Term } from './types';

/** @see https://transformer-circuits.pub/2021/framework/index.html */
const MATHEMATICAL_FRAMEWORK: Provenance = {
  authors: 'Nelson Elhage, Neel Nanda, Catherine Olsson et al.',
  work: 'A Mathematical Framework for Transformer Circuits',
  year: 2021,
  url: 'https://transformer-circuits.pub/2021/framework/index.html',
};

/** @see https://distill.pub/2020/circuits/zoom-in/ */
const ZOOM_IN: Provenance = {
  authors: 'Chris Olah, Nick Cammarata, Ludwig Schubert, Gabriel Goh, Michael Petrov and Shan Carter',
  work: 'Zoom In: An Introduction to Circuits',
  year: 2020,
  url: 'https://distill.pub/2020/circuits/zoom-in/',
};

/** @see https://transformer-circuits.pub/2023/monosemantic-features/index.html */
const TOWARDS_MONOSEMANTICITY: Provenance = {
  authors: 'Trenton Bricken, Adly Templeton, Joshua Batson, Brian Chen, Adam Jermyn, Tom Conerly et al.',
  work: 'Towards Monosemanticity: Decomposing Language Models With Dictionary Learning',
  year: 2023,
  url: 'https://transformer-circuits.pub/2023/monosemantic-features/index.html',
};

/** @see https://arxiv.org/abs/2309.16042 */
const ACTIVATION_PATCHING_PRACTICES: Provenance = {
  authors: 'Fred Zhang and Neel Nanda',
  work: 'Towards Best Practices of Activation Patching in Language Models: Metrics and Methods',
  year: 2023,
  url: 'https://arxiv.org/abs/2309.16042',
};

/** @see https://doi.org/10.1017/CBO9780511800474 */
const ALGEBRAIC_GEOMETRY_SLT: Provenance = {
  authors: 'Sumio Watanabe',
  work: 'Algebraic Geometry and Statistical Learning Theory',
  year: 2009,
  url: 'https://doi.org/10.1017/CBO9780511800474',
};

/** Every interpretability and science-of-deep-learning term, in reading order. */
export const INTERPRETABILITY_TERMS: readonly Term[] = [
  // ── Transformer anatomy and circuits ────────────────────────────────────────────────────────
  {
    id: 'residual-stream',
    term: 'Residual stream',
    aliases: [],
    definition:
      'The running sum carried by a transformer\'s residual connections: the vector at each token position that every attention and MLP layer reads from through a linear map and adds its own output back into.',
    explanation:
      'Elhage et al. made it the central object of their framework, treating it as a communication channel that does no processing of its own: because it is high-dimensional, different layers can write to and read from different subspaces, and layers interact only through it. The final residual stream is the token embedding plus the sum of every layer\'s output, which is what makes it natural to try reading intermediate states with the final unembedding, as the logit lens does. It has no privileged basis, so its individual coordinates need not mean anything.',
    related: ['privileged-basis', 'logit-lens', 'induction-heads', 'superposition', 'circuits'],
    source: canonical(MATHEMATICAL_FRAMEWORK),
  },
  {
    id: 'privileged-basis',
    term: 'Privileged basis',
    aliases: [],
    definition:
      'A property of an activation space whose coordinate directions, such as individual neurons, are singled out by the architecture, typically because an element-wise nonlinearity acts on each coordinate separately, so that features have a reason to align with them.',
    explanation:
      'Elhage et al. pointed out that a transformer\'s residual stream has no privileged basis: every layer reads and writes it through linear maps, so rotating it and compensating in the weights leaves the model\'s behaviour unchanged. MLP neuron activations do have one, because the nonlinearity is applied neuron by neuron. Without a privileged basis there is no reason to look for meaning in single coordinates, and even with one, superposition means neurons can still be polysemantic. In trained transformers some residual-stream coordinates do turn out to carry unusual weight, which later Anthropic work provisionally traced to the per-coordinate normalisation of the Adam optimizer rather than to the architecture.',
    related: ['residual-stream', 'superposition', 'polysemanticity', 'monosemanticity'],
    source: canonical(MATHEMATICAL_FRAMEWORK),
  },
  {
    id: 'circuits',
    term: 'Circuits',
    aliases: [],
    definition:
      'Subgraphs of a neural network, made of features and the weights connecting them, that together implement a specific and understandable computation.',
    explanation:
      'Olah et al.\'s "Zoom In" rests on three speculative claims: features are the fundamental unit of neural networks, features are connected by weights to form circuits, and analogous features and circuits form across models and tasks (universality). In InceptionV1 they traced circuits in which curve detectors assemble a circle detector and wheel and window detectors assemble a car detector. In transformer language models, induction heads and the indirect-object-identification circuit in GPT-2 small are well-known examples.',
    related: ['mechanistic-interpretability', 'induction-heads', 'attribution-graphs', 'path-patching', 'feature-visualization'],
    confusedWith: [
      {
        id: 'attribution-graphs',
        note: 'A circuit is a claimed mechanism the model uses across inputs; an attribution graph describes the computation on one prompt in a replacement model and is a hypothesis to check against the real model.',
      },
    ],
    source: canonical(ZOOM_IN),
  },
  {
    id: 'induction-heads',
    term: 'Induction heads',
    aliases: [],
    definition:
      'Attention heads that continue repeated patterns: when the current token A occurred earlier followed by B, they attend to that earlier B and raise the probability that B comes next ([A][B] … [A] → [B]).',
    explanation:
      'Elhage et al. found them in two-layer attention-only transformers, where an induction head depends on a previous-token head in an earlier layer, so it cannot form with a single layer. Olsson et al. then argued that induction heads may be the mechanism behind most in-context learning in transformers: they form at the same point in training as a sudden jump in in-context learning, visible as a bump in the loss curve. That evidence is causal for small attention-only models and correlational for larger models with MLPs.',
    example:
      'On a sequence of random tokens repeated a second time, nothing in the tokens predicts what comes next, yet a model with induction heads predicts the repeated half almost perfectly by copying what followed each token the first time.',
    related: ['in-context-learning', 'residual-stream', 'circuits', 'mechanistic-interpretability'],
    source: coined(MATHEMATICAL_FRAMEWORK),
  },
  {
    id: 'attribution-graphs',
    term: 'Attribution graphs',
    aliases: [],
    definition:
      'Graphs that trace, for one prompt, how interpretable features in a replacement model of a language model influence one another and the output, with edges weighted by their direct linear effects.',
    explanation:
      'Ameisen et al. build them by replacing the model\'s MLPs with a cross-layer transcoder, freezing the prompt\'s attention patterns and normalisation, and adding error terms so that this local replacement model reproduces the original activations exactly; feature-to-feature effects are then linear. The graphs are pruned to the most influential paths and their hypotheses are checked by intervening on the original model. Lindsey et al. used them on Claude 3.5 Haiku to study multi-step reasoning, planning in poems and hallucinations.',
    related: ['transcoders', 'circuits', 'crosscoders', 'mechanistic-interpretability'],
    confusedWith: [
      {
        id: 'circuits',
        note: 'An attribution graph is prompt-specific and lives in a replacement model; a circuit is a claim about a mechanism in the model itself.',
      },
    ],
    source: canonical({
      authors: 'Emmanuel Ameisen, Jack Lindsey, Adam Pearce et al.',
      work: 'Circuit Tracing: Revealing Computational Graphs in Language Models',
      year: 2025,
      url: 'https://transformer-circuits.pub/2025/attribution-graphs/methods.html',
    }),
  },

  // ── Causal methods: patching and scrubbing ──────────────────────────────────────────────────
  {
    id: 'activation-patching',
    term: 'Activation patching',
    aliases: ['causal tracing', 'interchange intervention'],
    definition:
      'Running a model on one input while replacing a chosen internal activation with its value from a run on a different input, to measure how much that component causally affects the output.',
    explanation:
      'Typically a clean and a corrupted prompt differ in one key detail, and a patch that restores or destroys the behaviour localises it to the patched component. Zhang and Nanda, who note that the technique is also known as causal tracing or interchange intervention and cite Vig et al. (2020) for it, show that choices such as the corruption method (Gaussian noise or swapping in other tokens) and the metric (probability or logit difference) can change which components look important. "Causal tracing" is also the name Meng et al. gave to their noise-corruption variant for locating factual recall.',
    related: ['attribution-patching', 'path-patching', 'causal-scrubbing', 'circuits', 'mechanistic-interpretability'],
    confusedWith: [
      {
        id: 'attribution-patching',
        note: 'Activation patching actually swaps an activation and reruns the model; attribution patching only estimates that effect from gradients, for all activations at once.',
      },
      {
        id: 'path-patching',
        note: 'Activation patching changes a component\'s output everywhere downstream; path patching changes it only along chosen paths into chosen receivers.',
      },
    ],
    source: canonical(ACTIVATION_PATCHING_PRACTICES),
  },
  {
    id: 'attribution-patching',
    term: 'Attribution patching',
    aliases: [],
    definition:
      'A gradient-based approximation to activation patching that estimates the effect of patching every activation at once from a first-order (linear) approximation of the output metric.',
    explanation:
      'Activation patching needs a separate forward pass per patched activation; attribution patching multiplies the difference between clean and corrupted activations by the metric\'s gradient, so every estimate comes from two forward passes and one backward pass. Nanda found the approximation decent for small activations such as single attention-head outputs and poor for large ones such as the whole residual stream, so it works best as a cheap screen for what to patch properly. Kramár et al. later studied its failure modes and proposed an improved variant, AtP*.',
    related: ['activation-patching', 'path-patching', 'circuits'],
    confusedWith: [
      {
        id: 'activation-patching',
        note: 'The names differ by one word: attribution patching is a fast linear estimate of what activation patching measures directly.',
      },
    ],
    source: coined({
      authors: 'Neel Nanda',
      work: 'Attribution Patching: Activation Patching At Industrial Scale',
      year: 2023,
      url: 'https://www.neelnanda.io/mechanistic-interpretability/attribution-patching',
    }),
  },
  {
    id: 'path-patching',
    term: 'Path patching',
    aliases: [],
    definition:
      'A refinement of activation patching that feeds a sender component\'s corrupted output only into chosen receiver components, leaving its other paths untouched, to test whether information flows directly from one to the other.',
    explanation:
      'Wang et al. introduced it to reverse-engineer how GPT-2 small completes sentences such as "When Mary and John went to the store, John gave a drink to" with "Mary" (indirect object identification), tracing important attention heads back from the logits. Their explanation groups the heads into seven main classes and is evaluated against three criteria: faithfulness, completeness and minimality.',
    related: ['activation-patching', 'circuits', 'causal-scrubbing'],
    confusedWith: [
      {
        id: 'activation-patching',
        note: 'Path patching isolates the effect of one component on another; plain activation patching measures a component\'s total effect through every path.',
      },
    ],
    source: coined({
      authors: 'Kevin Wang, Alexandre Variengien, Arthur Conmy, Buck Shlegeris and Jacob Steinhardt',
      work: 'Interpretability in the Wild: a Circuit for Indirect Object Identification in GPT-2 small',
      year: 2022,
      url: 'https://arxiv.org/abs/2211.00593',
    }),
  },
  {
    id: 'causal-scrubbing',
    term: 'Causal scrubbing',
    aliases: [],
    definition:
      'A way to check an explicit, formal claim about which parts of a network compute a behaviour: every activation the claim says does not matter is resampled from inputs the claim treats as equivalent, and the test is how much of the behaviour survives.',
    explanation:
      'Chan et al. at Redwood Research write a hypothesis as a correspondence between the model\'s computational graph and a human-interpretable one, which implies a set of resampling ablations that should preserve behaviour. If the scrubbed model performs as well as the original, the hypothesis explains the behaviour, and the share of performance recovered measures how complete it is. They applied it to induction in a small language model and to a model that checks whether parentheses are balanced.',
    related: ['activation-patching', 'path-patching', 'circuits', 'mechanistic-interpretability'],
    confusedWith: [
      {
        id: 'activation-patching',
        note: 'Activation patching swaps individual activations to locate important components; causal scrubbing tests a whole stated explanation by resampling everything it claims does not matter.',
      },
    ],
    source: coined({
      authors: 'Lawrence Chan, Adrià Garriga-Alonso, Nicholas Goldowsky-Dill, Ryan Greenblatt, Jenny Nitishinskaya, Ansh Radhakrishnan, Buck Shlegeris and Nate Thomas',
      work: 'Causal Scrubbing: a method for rigorously testing interpretability hypotheses',
      year: 2022,
      url: 'https://www.alignmentforum.org/posts/JvZhhzycHu2Yd57RN/causal-scrubbing-a-method-for-rigorously-testing',
    }),
  },

  // ── Reading and steering activations ────────────────────────────────────────────────────────
  {
    id: 'logit-lens',
    term: 'Logit lens',
    aliases: [],
    definition:
      'Decoding a transformer\'s intermediate activations with the same final mapping it applies to its last layer, turning each layer\'s residual stream into a distribution over the next token.',
    explanation:
      'nostalgebraist observed in GPT-2 that these intermediate distributions make intuitive sense and converge gradually towards the final prediction, often getting close well before the last layer, as if later layers refine an early guess. The method needs no training, but it is brittle: on some models the early layers decode to nonsense, which motivated the tuned lens.',
    related: ['tuned-lens', 'residual-stream', 'linear-probes'],
    confusedWith: [
      {
        id: 'tuned-lens',
        note: 'The logit lens reuses the model\'s own unembedding at every layer; the tuned lens trains a separate affine translator for each layer first.',
      },
    ],
    source: coined({
      authors: 'nostalgebraist',
      work: 'interpreting GPT: the logit lens',
      year: 2020,
      url: 'https://www.lesswrong.com/posts/AcKRB8wDpdaN6v6ru/interpreting-gpt-the-logit-lens',
    }),
  },
  {
    id: 'tuned-lens',
    term: 'Tuned lens',
    aliases: [],
    definition:
      'A refinement of the logit lens that learns, for each layer of a frozen transformer, an affine map that carries the layer\'s hidden state into the final layer\'s space before the model\'s own unembedding turns it into next-token probabilities.',
    explanation:
      'Belrose et al. train each layer\'s translator to match the model\'s final output distribution, which corrects for representations being rotated, shifted or stretched from layer to layer. On models of up to 20B parameters they found its layer-by-layer predictions more accurate, more consistent and less biased than the logit lens\'s, showed with causal experiments that it relies on features similar to the model\'s own, and found that the trajectory of latent predictions can detect malicious inputs.',
    related: ['logit-lens', 'linear-probes', 'residual-stream'],
    confusedWith: [
      {
        id: 'logit-lens',
        note: 'The tuned lens is trained (one affine map per layer); the logit lens is training-free and often misleading in early layers.',
      },
    ],
    source: coined({
      authors: 'Nora Belrose, Zach Furman, Logan Smith, Danny Halawi, Igor Ostrovsky, Lev McKinney, Stella Biderman and Jacob Steinhardt',
      work: 'Eliciting Latent Predictions from Transformers with the Tuned Lens',
      year: 2023,
      url: 'https://arxiv.org/abs/2303.08112',
    }),
  },
  {
    id: 'linear-probes',
    term: 'Linear probes',
    aliases: ['linear classifier probes'],
    definition:
      'Linear classifiers trained, separately from a frozen model, to predict some property from the activations of one of its layers, showing how linearly decodable that property is there.',
    explanation:
      'Alain and Bengio named these linear classifiers "probes" and used them to watch intermediate layers without influencing training; in Inception v3 and ResNet-50, the classes became steadily easier to separate linearly the deeper the layer. A probe shows that information can be read out of a layer, not that the model uses it, so causal methods such as activation patching are needed to test whether the model relies on the direction a probe finds.',
    related: ['linear-representation-hypothesis', 'activation-patching', 'logit-lens', 'eliciting-latent-knowledge'],
    source: canonical({
      authors: 'Guillaume Alain and Yoshua Bengio',
      work: 'Understanding intermediate layers using linear classifier probes',
      year: 2016,
      url: 'https://arxiv.org/abs/1610.01644',
    }),
  },
  {
    id: 'linear-representation-hypothesis',
    term: 'Linear representation hypothesis',
    aliases: [],
    definition:
      'The hypothesis that a neural network, a language model in particular, encodes each high-level concept as a direction in one of its vector spaces of representations, so that the concept can be read off or changed along that direction.',
    explanation:
      'It underlies probing, steering and sparse dictionary methods, which all treat concepts as directions. Park, Choe and Veitch formalised "linear representation" with counterfactuals in two ways, one in the output (word) space and one in the input (context) space, proved that these connect to linear probing and to steering respectively, and identified a non-Euclidean "causal inner product" under which the notions unify, with experiments on LLaMA-2.',
    related: ['linear-probes', 'steering-vectors', 'superposition', 'sparse-autoencoders'],
    source: canonical({
      authors: 'Kiho Park, Yo Joong Choe and Victor Veitch',
      work: 'The Linear Representation Hypothesis and the Geometry of Large Language Models',
      year: 2023,
      url: 'https://arxiv.org/abs/2311.03658',
    }),
  },
  {
    id: 'steering-vectors',
    term: 'Steering vectors',
    aliases: ['activation steering'],
    definition:
      'Vectors added to a model\'s internal activations during the forward pass to shift its behaviour in a chosen direction, such as towards a topic or a sentiment, without changing its weights; steering a model this way is called activation steering.',
    explanation:
      'Earlier work such as Subramani et al. (2022) learned steering vectors by optimisation; Turner et al.\'s Activation Addition (ActAdd) instead computes one as the difference between a model\'s activations on a pair of contrasting prompts, such as "Love" and "Hate", and adds it at a chosen layer. They call such inference-time interventions activation engineering: they need no training data beyond the prompt pair and no gradient descent.',
    related: ['representation-engineering', 'linear-representation-hypothesis', 'residual-stream'],
    confusedWith: [
      {
        id: 'representation-engineering',
        note: 'A steering vector is one intervention; representation engineering is a broader top-down agenda that also reads concepts out of activations in order to monitor them.',
      },
    ],
    source: canonical({
      authors: 'Alexander Matt Turner, Lisa Thiergart, David Udell, Gavin Leech, Ulisse Mini and Monte MacDiarmid',
      work: 'Activation Addition: Steering Language Models Without Optimization',
      year: 2023,
      url: 'https://arxiv.org/abs/2308.10248v1',
    }),
  },
  {
    id: 'representation-engineering',
    term: 'Representation engineering',
    aliases: ['RepE'],
    definition:
      'An approach to AI transparency and control whose unit of analysis is the representation of a high-level concept, such as honesty or power-seeking, spread across many neurons (a population-level representation) rather than single neurons or circuits, which it both reads out and modifies.',
    explanation:
      'Zou et al. present it as a top-down counterpart to bottom-up mechanistic interpretability, drawing on cognitive neuroscience. Their methods extract a concept\'s direction from a model\'s activations on contrasting stimuli and then monitor it, or add and subtract it to control behaviour, with applications to honesty, harmlessness and power-seeking.',
    related: ['steering-vectors', 'linear-probes', 'mechanistic-interpretability', 'linear-representation-hypothesis'],
    confusedWith: [
      {
        id: 'mechanistic-interpretability',
        note: 'Mechanistic interpretability works bottom-up from neurons, features and circuits; representation engineering works top-down from representations of whole concepts.',
      },
    ],
    source: coined({
      authors: 'Andy Zou, Long Phan, Sarah Chen, James Campbell, Phillip Guo, Richard Ren et al.',
      work: 'Representation Engineering: A Top-Down Approach to AI Transparency',
      year: 2023,
      url: 'https://arxiv.org/abs/2310.01405',
    }),
  },

  // ── Sparse dictionaries and features ────────────────────────────────────────────────────────
  {
    id: 'dictionary-learning',
    term: 'Dictionary learning',
    aliases: [],
    definition:
      'In interpretability, learning an overcomplete set of directions (a dictionary) such that each of a model\'s activation vectors is approximately a sparse combination of them, so that the directions can be read as features.',
    explanation:
      'The technique is much older (sparse coding in signal processing and neuroscience); interpretability adopted it to undo superposition. Bricken et al. and Cunningham et al. applied it to language-model activations with sparse autoencoders in 2023 and found the learned features more interpretable than neurons. Transcoders and crosscoders are variants that learn dictionaries over a layer\'s computation or across several layers and models.',
    related: ['sparse-autoencoders', 'superposition', 'monosemanticity', 'feature-splitting', 'transcoders', 'crosscoders'],
    confusedWith: [
      {
        id: 'sparse-autoencoders',
        note: 'Dictionary learning is the problem of finding a sparse dictionary; a sparse autoencoder is one way to solve it, and the one most used in interpretability.',
      },
    ],
    source: canonical(TOWARDS_MONOSEMANTICITY),
  },
  {
    id: 'monosemanticity',
    term: 'Monosemanticity',
    aliases: ['monosemantic'],
    definition:
      'The property of a unit of a network, such as a neuron or a learned feature, of responding to a single interpretable concept; the opposite of polysemanticity.',
    explanation:
      'Because of superposition, neurons in language models are often polysemantic, so Bricken et al. looked for monosemantic units elsewhere: dictionary learning decomposed a 512-neuron layer of a one-layer transformer into more than 4,000 features, many responding to one thing such as DNA sequences, legal language, HTTP requests or Hebrew text. Templeton et al. later extracted millions of such features from Claude 3 Sonnet.',
    related: ['polysemanticity', 'superposition', 'dictionary-learning', 'sparse-autoencoders', 'feature-splitting'],
    source: canonical(TOWARDS_MONOSEMANTICITY),
  },
  {
    id: 'feature-splitting',
    term: 'Feature splitting',
    aliases: [],
    definition:
      'The phenomenon that a feature learned by a smaller sparse dictionary splits into several finer-grained, related features when the dictionary is made larger.',
    explanation:
      'Bricken et al. observed it when training sparse autoencoders of increasing size on the same activations: a broad feature in a small dictionary became a family of more specific features in larger ones, and the families do not form a clean tree, since a feature at one size can both split and merge with others at the next. They concluded that there is no single correct number of features, and that a smaller dictionary gives a coarser summary of the model\'s features.',
    related: ['sparse-autoencoders', 'dictionary-learning', 'monosemanticity'],
    source: canonical(TOWARDS_MONOSEMANTICITY),
  },
  {
    id: 'transcoders',
    term: 'Transcoders',
    aliases: [],
    definition:
      'Wider, sparsely activating replacements for a transformer\'s MLP layer, trained to reproduce the layer\'s output from its input through interpretable features.',
    explanation:
      'A sparse autoencoder reconstructs an activation from itself, so it shows what an MLP writes but not how that is computed from what it reads; a transcoder approximates the MLP\'s input-to-output computation. Dunefsky, Chlenski and Nanda found transcoders at least on par with sparse autoencoders on sparsity, faithfulness and interpretability, and used them for weights-based circuit analysis through MLP layers that splits into input-dependent and input-invariant terms. Cross-layer transcoders, whose features write to several later layers, are the basis of Anthropic\'s attribution graphs.',
    related: ['sparse-autoencoders', 'crosscoders', 'attribution-graphs', 'dictionary-learning'],
    confusedWith: [
      {
        id: 'sparse-autoencoders',
        note: 'A sparse autoencoder reconstructs the same activation it reads; a transcoder reads an MLP\'s input and predicts its output.',
      },
    ],
    source: canonical({
      authors: 'Jacob Dunefsky, Philippe Chlenski and Neel Nanda',
      work: 'Transcoders Find Interpretable LLM Feature Circuits',
      year: 2024,
      url: 'https://arxiv.org/abs/2406.11944',
    }),
  },
  {
    id: 'crosscoders',
    term: 'Crosscoders',
    aliases: ['sparse crosscoders'],
    definition:
      'A variant of sparse autoencoders that reads from and writes to activations at several layers, or in several models, at once, learning one shared dictionary of features across them.',
    explanation:
      'Lindsey et al. introduced them for features spread across layers (cross-layer superposition), to simplify circuits, and for model diffing: a crosscoder trained jointly on two models, such as a base model and its fine-tuned version, shows which features the two share and which belong to only one. The authors presented these results as preliminary.',
    related: ['sparse-autoencoders', 'transcoders', 'dictionary-learning', 'superposition'],
    confusedWith: [
      {
        id: 'transcoders',
        note: 'A transcoder replaces one MLP layer\'s input-to-output computation; a crosscoder reconstructs activations across many layers or models with one shared dictionary.',
      },
    ],
    source: coined({
      authors: 'Jack Lindsey, Adly Templeton, Jonathan Marcus, Thomas Conerly, Joshua Batson and Christopher Olah',
      work: 'Sparse Crosscoders for Cross-Layer Features and Model Diffing',
      year: 2024,
      url: 'https://transformer-circuits.pub/2024/crosscoders/index.html',
    }),
  },
  {
    id: 'feature-visualization',
    term: 'Feature visualization',
    aliases: ['feature visualisation'],
    definition:
      'Generating inputs, usually by optimising an image, that strongly activate a chosen neuron, channel or layer, to show what that part of a network responds to.',
    explanation:
      'Olah, Mordvintsev and Schubert\'s Distill article examines the practical issues: naive optimisation yields noisy, high-frequency patterns, so useful visualisations need regularisation, and showing diverse examples helps reveal units that respond to several things. Applied to GoogLeNet, it shows layers building up from edges and textures to patterns, object parts and objects. The authors contrast it with attribution, which asks what part of a given input made a unit activate.',
    related: ['circuits', 'polysemanticity', 'mechanistic-interpretability'],
    source: canonical({
      authors: 'Chris Olah, Alexander Mordvintsev and Ludwig Schubert',
      work: 'Feature Visualization',
      year: 2017,
      url: 'https://distill.pub/2017/feature-visualization/',
    }),
  },

  // ── Anomaly detection ───────────────────────────────────────────────────────────────────────
  {
    id: 'mechanistic-anomaly-detection',
    term: 'Mechanistic anomaly detection',
    aliases: [],
    definition:
      'Flagging when a model produces an output for an unusual reason, through a different internal mechanism from the one behind its behaviour on trusted inputs, even when the output itself looks normal.',
    explanation:
      'Christiano proposed it at ARC as an approach to eliciting latent knowledge: if a predictor shows a diamond on camera because the diamond is really there on all trusted data, an input where it shows the diamond for another reason, such as tampered cameras, should be flagged. ARC hopes to formalise "reasons" with heuristic explanations, while empirical work builds detectors and benchmarks. Unlike mechanistic interpretability, it does not require humans to understand the mechanisms it compares.',
    related: ['eliciting-latent-knowledge', 'mechanistic-interpretability', 'deceptive-alignment'],
    source: coined({
      authors: 'Paul Christiano',
      work: 'Mechanistic anomaly detection and ELK',
      year: 2022,
      url: 'https://www.alignment.org/blog/mechanistic-anomaly-detection-and-elk/',
    }),
  },

  // ── Singular learning theory and developmental interpretability ─────────────────────────────
  {
    id: 'singular-learning-theory',
    term: 'Singular learning theory',
    aliases: ['SLT'],
    definition:
      'A mathematical theory of Bayesian learning in singular statistical models, such as neural networks, in which different parameters can give the same distribution or the Fisher information matrix is degenerate, built with the tools of algebraic geometry.',
    explanation:
      'Watanabe showed that classical criteria such as the BIC assume regular models and fail for singular ones, and that a birational invariant, the real log canonical threshold or learning coefficient, takes the place of half the parameter count in the asymptotics of the free energy and the generalisation error. In AI safety, it underpins developmental interpretability and the local learning coefficient.',
    related: ['local-learning-coefficient', 'developmental-interpretability'],
    source: canonical(ALGEBRAIC_GEOMETRY_SLT),
  },
  {
    id: 'local-learning-coefficient',
    term: 'Local learning coefficient',
    aliases: ['LLC'],
    definition:
      'A measure of the effective complexity of a neural network at a given set of parameters: singular learning theory\'s learning coefficient, localised to a neighbourhood of that point in parameter space.',
    explanation:
      'Lau et al. introduced it together with a scalable estimator that samples parameters near the trained solution, and applied it to deep linear networks with up to 100M parameters, ResNets and transformer language models. For a regular model it would equal half the number of parameters; degenerate networks have lower values, because near-optimal parameters fill a larger volume around the solution, a degeneracy that counting flat directions alone does not capture. Changes in the estimated value over training are used in developmental interpretability to detect phase transitions.',
    related: ['singular-learning-theory', 'developmental-interpretability'],
    source: coined({
      authors: 'Edmund Lau, Zach Furman, George Wang, Daniel Murfet and Susan Wei',
      work: 'The Local Learning Coefficient: A Singularity-Aware Complexity Measure',
      year: 2023,
      url: 'https://arxiv.org/abs/2308.12108',
    }),
  },
  {
    id: 'developmental-interpretability',
    term: 'Developmental interpretability',
    aliases: ['dev interp'],
    definition:
      'A research agenda that studies how a network\'s internal structure forms during training by detecting and interpreting phase transitions in the learning process, drawing on singular learning theory.',
    explanation:
      'Hoogland, Gietelink Oldenziel, Murfet and van Wingerden chose the name by analogy with developmental biology, which explains a grown organism through the stages it passes through on the way from an embryo. Instead of analysing only the final model, it looks for the points in training where structure appears, using tools such as the local learning coefficient.',
    related: ['singular-learning-theory', 'local-learning-coefficient', 'induction-heads', 'grokking', 'mechanistic-interpretability'],
    source: coined({
      authors: 'Jesse Hoogland, Alexander Gietelink Oldenziel, Daniel Murfet and Stan van Wingerden',
      work: 'Towards Developmental Interpretability',
      year: 2023,
      url: 'https://www.lesswrong.com/posts/TjaeCWvLZtEDAS5Ex/towards-developmental-interpretability',
    }),
  },

  // ── Training and scaling phenomena ──────────────────────────────────────────────────────────
  {
    id: 'grokking',
    term: 'Grokking',
    aliases: [],
    definition:
      'A network\'s generalisation improving abruptly from chance to near-perfect long after it has already fitted, and overfitted, its training data.',
    explanation:
      'Power et al. named it after observing it in small transformers trained on algorithmically generated datasets such as modular arithmetic, and found that smaller training sets need more optimisation before generalisation arrives. Its clean before-and-after makes it a favourite test case for studying how a network moves from memorising to a general algorithm.',
    example:
      'In Power et al.\'s experiments, validation accuracy stayed near chance for orders of magnitude more optimisation steps after training accuracy reached 100%, then climbed to near-perfect.',
    related: ['double-descent', 'developmental-interpretability', 'mechanistic-interpretability'],
    confusedWith: [
      {
        id: 'double-descent',
        note: 'Grokking is a delayed jump in generalisation during long training on a fixed dataset; double descent is a second fall in test error as model capacity grows past the point of fitting the data exactly.',
      },
    ],
    source: coined({
      authors: 'Alethea Power, Yuri Burda, Harri Edwards, Igor Babuschkin and Vedant Misra',
      work: 'Grokking: Generalization Beyond Overfitting on Small Algorithmic Datasets',
      year: 2022,
      url: 'https://arxiv.org/abs/2201.02177',
    }),
  },
  {
    id: 'double-descent',
    term: 'Double descent',
    aliases: [],
    definition:
      'A test-error curve that first follows the classical U shape as model capacity grows, peaks near the interpolation threshold where the model can just fit its training data exactly, and then falls again as capacity grows further.',
    explanation:
      'Belkin, Hsu, Ma and Mandal named it to reconcile the bias–variance trade-off with modern practice, in which very rich models such as neural networks fit their training data exactly yet still generalise, and showed it in random-feature models, random forests and neural networks. Similar peaks had been reported earlier under other names, such as the peaking phenomenon, and later work found the pattern as a function of training time and dataset size as well.',
    related: ['grokking', 'scaling-laws'],
    confusedWith: [
      {
        id: 'grokking',
        note: 'Double descent concerns test error against model capacity (or data or training time) around the interpolation threshold; grokking is a sudden late jump in generalisation during long training, first reported on small algorithmic datasets.',
      },
    ],
    source: coined({
      authors: 'Mikhail Belkin, Daniel Hsu, Siyuan Ma and Soumik Mandal',
      work: 'Reconciling modern machine-learning practice and the classical bias–variance trade-off',
      year: 2019,
      url: 'https://doi.org/10.1073/pnas.1903070116',
    }),
  },
  {
    id: 'scaling-laws',
    term: 'Scaling laws',
    aliases: ['neural scaling laws'],
    definition:
      'Empirical regularities by which a model\'s loss falls as a smooth power law in its number of parameters, the amount of training data and the training compute.',
    explanation:
      'Kaplan et al. found such power laws for transformer language models across several orders of magnitude, with architectural details mattering little, and used them to work out how to allocate a compute budget; Hoffmann et al.\'s Chinchilla paper later revised that allocation, finding that parameters and training tokens should grow roughly together. Scaling laws predict average loss, not specific capabilities, which can still appear abruptly with scale.',
    related: ['emergent-abilities', 'double-descent', 'reward-model-overoptimization'],
    confusedWith: [
      {
        id: 'emergent-abilities',
        note: 'Scaling laws describe smooth, predictable improvement in loss; emergent abilities are specific capabilities that seem to jump unpredictably at some scale.',
      },
    ],
    source: canonical({
      authors: 'Jared Kaplan, Sam McCandlish, Tom Henighan, Tom B. Brown, Benjamin Chess, Rewon Child, Scott Gray, Alec Radford, Jeffrey Wu and Dario Amodei',
      work: 'Scaling Laws for Neural Language Models',
      year: 2020,
      url: 'https://arxiv.org/abs/2001.08361',
    }),
  },
  {
    id: 'emergent-abilities',
    term: 'Emergent abilities',
    aliases: [],
    definition:
      'Capabilities of large language models that smaller models lack, typically scoring near chance, and that appear only beyond some scale, so the trend of the smaller models gives no warning of them.',
    explanation:
      'Wei et al. catalogued many such abilities, under few-shot prompting and under augmented prompting strategies such as chain-of-thought, with performance near chance up to some scale and well above it beyond. Schaeffer, Miranda and Koyejo argued that much apparent emergence is an artefact of nonlinear or discontinuous metrics such as exact-match accuracy: scored with continuous metrics, the same outputs improve smoothly and predictably with scale.',
    related: ['scaling-laws', 'in-context-learning', 'grokking'],
    confusedWith: [
      {
        id: 'scaling-laws',
        note: 'Emergent abilities are capabilities that appear abruptly with scale; scaling laws are smooth trends in loss.',
      },
      {
        id: 'emergent-misalignment',
        note: 'Despite the shared word, emergent misalignment is broadly misaligned behaviour that appears after narrow fine-tuning, not a capability that appears with scale.',
      },
    ],
    source: canonical({
      authors: 'Jason Wei, Yi Tay, Rishi Bommasani, Colin Raffel, Barret Zoph, Sebastian Borgeaud et al.',
      work: 'Emergent Abilities of Large Language Models',
      year: 2022,
      url: 'https://arxiv.org/abs/2206.07682',
    }),
  },
  {
    id: 'in-context-learning',
    term: 'In-context learning',
    aliases: ['ICL'],
    definition:
      'A model performing a new task from instructions or examples given in its prompt, without any update to its weights.',
    explanation:
      'Brown et al. gave it its name in the GPT-3 paper, as the inner loop of a kind of meta-learning that happens within the forward pass, and showed that performance from a few demonstrations in the context grows strongly with model size, sometimes approaching fine-tuned systems. Olsson et al. use a broader, measurable sense, loss decreasing at later positions in the context, and argue that induction heads may be the mechanism for much of it.',
    related: ['induction-heads', 'emergent-abilities', 'scaling-laws'],
    source: coined({
      authors: 'Tom B. Brown, Benjamin Mann, Nick Ryder, Melanie Subbiah, Jared Kaplan, Prafulla Dhariwal et al.',
      work: 'Language Models are Few-Shot Learners',
      year: 2020,
      url: 'https://arxiv.org/abs/2005.14165',
    }),
  },
];
