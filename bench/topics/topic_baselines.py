#!/usr/bin/python3
"""Run tahlil's topic models and scikit-learn / gensim baselines side by side on the SAME
documents and the SAME vocabulary, and print NMI, ARI, mean NPMI and fit time.

    /usr/bin/python3 bench/topics/topic_baselines.py --corpus shared/data/topics \
        --labels shared/data/topics/labels.tsv

For every seed, `tahlil eval topics --export-matrix` fits tahlil's NMF and LDA and writes
the matrix they were fitted to (Matrix Market counts and NMF weights, vocabulary, document
ids) with its own assignments and top terms. The baselines are fitted to that exported
matrix, so the documents, tokens, stems and vocabulary are identical:

  sklearn NMF tfidf   Frobenius NMF (cd solver, NNDSVDa) on TfidfTransformer() of the counts
  sklearn NMF kl      KL NMF (mu solver, NNDSVDa) on tahlil's NMF input (weights.mtx)
  sklearn LDA         online-free batch variational Bayes on the counts
  gensim LDA          gensim LdaModel on the counts
  sklearn NMF ws      Frobenius NMF on TfidfVectorizer over whitespace tokens of the raw
                      files (the reference of the data's DATA.md; its own vocabulary)

Every model assigns a document to its strongest topic. NMI (arithmetic normalisation) and
ARI compare that with the labels; NPMI is tahlil's definition: the mean over topics of the
mean NPMI of the pairs of its 10 best terms, with probabilities from document
co-occurrence in the counts matrix (−1 for a pair never seen together). Fit time is
process CPU seconds (all threads) of the fit alone; tahlil's comes from its fit.tsv.

Speed lines compare tahlil's NMF with scikit-learn's on the same matrices, in CPU seconds of
initialisation + iterations on both sides: for the same number of iterations with the
stopping rules switched off (KL and Frobenius), and with each side's default stopping rule.

Nothing from the data is written inside the repository: exports go to a temporary folder
(or --workdir).
"""

import argparse
import hashlib
import math
import os

# One BLAS thread: process CPU time then counts work, not the spinning of idle BLAS
# threads on a shared machine (tahlil's own parallel parts do not spin).
for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings

import numpy as np
import scipy.sparse as sp
from scipy.io import mmread
from sklearn.decomposition import NMF, LatentDirichletAllocation
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

warnings.filterwarnings("ignore")

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def resolve(path):
    """A path as given, else relative to the repository's parent (so that both
    `shared/data/topics` from /work and `../shared/data/topics` from the repo work)."""
    if os.path.exists(path):
        return os.path.abspath(path)
    alt = os.path.join(os.path.dirname(REPO), path)
    if os.path.exists(alt):
        return alt
    sys.exit(f"topic_baselines: {path} not found (evaluation data is not part of the repository)")


def read_labels(path):
    labels = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            doc, _, cat = line.partition("\t")
            if n == 0 and doc == "path":
                continue
            labels[doc] = cat
    return labels


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f]


class Coherence:
    """NPMI of top terms over document co-occurrence, tahlil's definition."""

    def __init__(self, counts):
        b = (counts > 0).astype(np.float64).tocsc()
        self.n = b.shape[0]
        self.cols = [set(b.indices[b.indptr[j]:b.indptr[j + 1]]) for j in range(b.shape[1])]

    def topic(self, top):
        s, pairs = 0.0, 0
        for a in range(len(top)):
            da = self.cols[top[a]]
            for c in range(a + 1, len(top)):
                db = self.cols[top[c]]
                co = len(da & db)
                if co == 0:
                    v = -1.0
                elif co == self.n:
                    v = 1.0
                else:
                    pij = co / self.n
                    v = math.log(pij / ((len(da) / self.n) * (len(db) / self.n))) / -math.log(pij)
                s += v
                pairs += 1
        return s / pairs if pairs else 0.0

    def mean(self, tops):
        return float(np.mean([self.topic(t) for t in tops]))


def top_terms(components, n=10):
    return [list(np.argsort(-row, kind="stable")[:n]) for row in components]


def scores(y, assign, mask):
    return (normalized_mutual_info_score(y[mask], assign[mask]), adjusted_rand_score(y[mask], assign[mask]))


def run_tahlil(tahlil, corpus, labels, k, algo, seed, out, extra=()):
    cmd = [*tahlil, "eval", "topics", corpus, "--labels", labels, "--topics", str(k), "--algo", algo,
           "--seed", str(seed), "--export-matrix", out, *extra]
    res = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    if res.returncode != 0:
        sys.exit(f"topic_baselines: {' '.join(cmd)} failed:\n{res.stderr}")
    fit = dict(read_tsv(os.path.join(out, "fit.tsv")))
    assign = np.array([int(r[1]) for r in read_tsv(os.path.join(out, "assign.tsv"))])
    tops = {}
    for t, rank, col, *_ in read_tsv(os.path.join(out, "topics.tsv")):
        tops.setdefault(int(t), []).append(int(col) - 1)
    return assign, [tops[t] for t in sorted(tops)], fit


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True, help="corpus folder")
    ap.add_argument("--labels", required=True, help="TSV path<TAB>category (paths relative to --corpus)")
    ap.add_argument("--k", type=int, default=0, help="number of topics (0 = number of categories)")
    ap.add_argument("--seeds", default="0,1,2", help="comma-separated seeds")
    ap.add_argument("--tahlil", default="", help="tahlil binary (default: go build ./cmd/tahlil into the work folder)")
    ap.add_argument("--workdir", default="", help="folder for exports (default: a temporary folder, removed)")
    ap.add_argument("--lda-iter", type=int, default=20, help="sklearn LDA max_iter and gensim passes x 5")
    ap.add_argument("--speed-iter", type=int, default=100, help="iterations of the like-for-like NMF timing (0 = skip)")
    ap.add_argument("--speed-only", action="store_true", help="only the speed lines")
    ap.add_argument("--speed-repeat", type=int, default=3, help="timed runs per speed line (the median is shown)")
    args = ap.parse_args()

    corpus, labels_path = resolve(args.corpus), resolve(args.labels)
    seeds = [int(s) for s in args.seeds.split(",") if s != ""]
    work = args.workdir or tempfile.mkdtemp(prefix="tahlil-topics-")
    os.makedirs(work, exist_ok=True)
    try:
        if args.tahlil:
            tahlil = [os.path.abspath(args.tahlil)]
        else:
            binary = os.path.join(work, "tahlil")
            subprocess.run(["go", "build", "-o", binary, "./cmd/tahlil"], cwd=REPO, check=True)
            tahlil = [binary]
        run(args, corpus, labels_path, seeds, work, tahlil)
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)


def run(args, corpus, labels_path, seeds, work, tahlil):
    gold = read_labels(labels_path)
    k = args.k or len(set(gold.values()))
    rows = {}  # model name -> list of (nmi, ari, npmi, seconds, nmi on half B)

    def add(name, assign, tops, secs, c=None):
        nmi, ari = scores(y, assign, mask)
        rows.setdefault(name, []).append((nmi, ari, (c or coh).mean(tops), secs, scores(y, assign, mask_b)[0]))

    y = mask = mask_b = coh = None
    if args.speed_only:
        speed(args, tahlil, corpus, labels_path, k, seeds, work)
        return
    for seed in seeds:
        for algo in ("nmf", "lda"):
            out = os.path.join(work, f"{algo}-{seed}")
            assign, tops, fit = run_tahlil(tahlil, corpus, labels_path, k, algo, seed, out)
            if y is None:
                ids = [r[1] for r in read_tsv(os.path.join(out, "docs.tsv"))]
                y = np.array([gold.get(i, "") for i in ids])
                mask = y != ""
                # Half B: the labelled documents whose path's MD5, read as an integer, is
                # odd. tahlil's defaults were chosen on the labels of half A only
                # (docs/statistics.md), so NMI on half B is the held-out comparison.
                mask_b = mask & np.array([int(hashlib.md5(i.encode()).hexdigest(), 16) % 2 == 1 for i in ids])
                counts = mmread(os.path.join(out, "counts.mtx")).tocsr().astype(np.float64)
                coh = Coherence(counts)
            add(f"tahlil {algo.upper()}" + (" (kl)" if algo == "nmf" else " (gibbs)"), assign, tops, float(fit["cpu_seconds"]))
    base = os.path.join(work, f"nmf-{seeds[0]}")
    weights = mmread(os.path.join(base, "weights.mtx")).tocsr()
    tfidf = TfidfTransformer().fit_transform(counts)
    print(f"{counts.shape[0]} documents ({int(mask.sum())} labelled, {len(set(y[mask]))} categories), "
          f"{counts.shape[1]} terms, {counts.nnz} non-zeros; K = {k}; seeds {seeds}", flush=True)

    def timed(f):
        t0 = time.process_time()
        r = f()
        return r, time.process_time() - t0

    import gensim
    from gensim.matutils import Sparse2Corpus

    gcorpus = list(Sparse2Corpus(counts.astype(np.int64), documents_columns=False))
    for seed in seeds:
        m = NMF(n_components=k, init="nndsvda", random_state=seed, max_iter=200)
        w, secs = timed(lambda: m.fit_transform(tfidf))
        add("sklearn NMF tfidf (fro)", (w * m.components_.sum(1)).argmax(1), top_terms(m.components_), secs)

        m = NMF(n_components=k, init="nndsvda", random_state=seed, max_iter=200, beta_loss="kullback-leibler", solver="mu")
        w, secs = timed(lambda: m.fit_transform(weights))
        add("sklearn NMF kl (same input)", (w * m.components_.sum(1)).argmax(1), top_terms(m.components_), secs)

        m = LatentDirichletAllocation(n_components=k, learning_method="batch", max_iter=args.lda_iter, random_state=seed)
        w, secs = timed(lambda: m.fit_transform(counts))
        add("sklearn LDA (batch VB)", w.argmax(1), top_terms(m.components_), secs)

        lda, secs = timed(lambda: gensim.models.LdaModel(gcorpus, num_topics=k, id2word=None, random_state=seed,
                                                         passes=max(1, args.lda_iter // 5), iterations=100,
                                                         alpha="auto", eta="auto"))
        theta = np.zeros((counts.shape[0], k))
        for d, bow in enumerate(gcorpus):
            for t, p in lda.get_document_topics(bow, minimum_probability=0.0):
                theta[d, t] = p
        add("gensim LdaModel", theta.argmax(1), top_terms(lda.get_topics()), secs)

    # Whitespace tokens: the raw files, scikit-learn's own tokenisation and vocabulary.
    ids = [r[1] for r in read_tsv(os.path.join(base, "docs.tsv"))]
    texts = []
    for i in ids:
        with open(os.path.join(corpus, i), encoding="utf-8", errors="replace") as f:
            texts.append(f.read())
    vec = TfidfVectorizer(tokenizer=str.split, token_pattern=None, lowercase=False, min_df=2, max_df=0.95)
    ws = vec.fit_transform(texts)
    wcoh = Coherence(ws)
    for seed in seeds:
        m = NMF(n_components=k, init="nndsvda", random_state=seed, max_iter=200)
        w, secs = timed(lambda: m.fit_transform(ws))
        add("sklearn NMF whitespace tokens*", (w * m.components_.sum(1)).argmax(1), top_terms(m.components_), secs, wcoh)

    print(f"\n{'model':32} {'NMI':>7} {'ARI':>7} {'NPMI':>7} {'CPU s':>7} {'NMI B':>7}   NMI per seed")
    for name, rs in rows.items():
        med = [statistics.median(r[i] for r in rs) for i in range(5)]
        print(f"{name:32} {med[0]:7.4f} {med[1]:7.4f} {med[2]:7.4f} {med[3]:7.2f} {med[4]:7.4f}   " + " ".join(f"{r[0]:.4f}" for r in rs))
    print(f"(medians over seeds; NMI B: on the {int(mask_b.sum())} labelled documents of half B, held out when "
          "tahlil's defaults were chosen; * own vocabulary of whitespace tokens, NPMI over its own documents)")

    if args.speed_iter > 0:
        speed(args, tahlil, corpus, labels_path, k, seeds, work)


def speed(args, tahlil, corpus, labels_path, k, seeds, work):
    """CPU seconds of tahlil's NMF and scikit-learn's on the very same matrices.

    Both sides are timed over initialisation (NNDSVDa from a randomized SVD) and
    iterations: scikit-learn's NMF.fit_transform, tahlil's topic.Factorize (run by
    bench/topics/nmfspeed, which also counts the transpose tahlil builds). Times are
    process CPU seconds (user + system, all threads), the median of --speed-repeat runs.
    """
    seed, rep = seeds[0], args.speed_repeat
    nmfspeed = os.path.join(work, "nmfspeed")
    subprocess.run(["go", "build", "-o", nmfspeed, "./bench/topics/nmfspeed"], cwd=REPO, check=True)
    dkl, dfro = os.path.join(work, "speed-kl"), os.path.join(work, "speed-fro")
    _, _, fit = run_tahlil(tahlil, corpus, labels_path, k, "nmf", seed, dkl)
    _, _, ffit = run_tahlil(tahlil, corpus, labels_path, k, "nmf", seed, dfro, ["--loss", "frobenius"])
    wkl = mmread(os.path.join(dkl, "weights.mtx")).tocsr()
    wfro = mmread(os.path.join(dfro, "weights.mtx")).tocsr()

    def ours(d, loss, extra=()):
        cmd = [nmfspeed, "-factorize", "-dir", d, "-loss", loss, "-k", str(k), "-seed", str(seed),
               "-repeat", str(rep), *extra]
        res = subprocess.run(cmd, capture_output=True, text=True, check=True)
        lines = [l for l in res.stdout.splitlines() if "CPU s" in l]
        secs = [float(l.split(": ")[1].split(" CPU")[0]) for l in lines]
        iters = int(lines[-1].split("CPU s, ")[1].split(" ")[0])
        return secs, iters

    def theirs(x, **kw):
        secs = []
        for _ in range(rep):
            m = NMF(n_components=k, init="nndsvda", random_state=seed, **kw)
            t0 = time.process_time()
            m.fit_transform(x)
            secs.append(time.process_time() - t0)
        return secs, m.n_iter_

    def line(name, o, t):
        (os_, oi), (ts, ti) = o, t
        print(f"  {name:58} tahlil {statistics.median(os_):5.2f} ({min(os_):.2f}-{max(os_):.2f}, {oi:3d} it)"
              f"   scikit-learn {statistics.median(ts):5.2f} ({min(ts):.2f}-{max(ts):.2f}, {ti:3d} it)", flush=True)

    n, m_, nnz = wkl.shape[0], wkl.shape[1], wkl.nnz
    print(f"\nspeed: CPU seconds, initialisation + iterations, median (min-max) of {rep} runs, {n}x{m_} matrix, "
          f"{nnz} non-zeros, K = {k}, seed {seed}", flush=True)
    it = args.speed_iter
    noearly = ["-iter", str(it), "-tol", "1e-300"]
    line(f"KL, {it} iterations, no early stop, tahlil's KL input",
         ours(dkl, "kl", noearly), theirs(wkl, max_iter=it, tol=0, beta_loss="kullback-leibler", solver="mu"))
    line(f"Frobenius, {it} iterations, no early stop, tahlil's TF-IDF",
         ours(dfro, "frobenius", noearly), theirs(wfro, max_iter=it, tol=0))
    line("defaults: tahlil KL vs scikit-learn Frobenius, tahlil's KL input",
         ours(dkl, "kl"), theirs(wkl))
    line("defaults: tahlil KL (its input) vs scikit-learn Frobenius (TF-IDF)",
         ours(dkl, "kl"), theirs(wfro))
    line("Frobenius, each its own stopping rule, tahlil's TF-IDF",
         ours(dfro, "frobenius"), theirs(wfro))
    print(f"  whole topic.Fit as `tahlil eval topics` times it (also term profiles, diagnostics): "
          f"KL {float(fit['cpu_seconds']):.2f}, Frobenius {float(ffit['cpu_seconds']):.2f} CPU s, one run each")
    print("  (stopping rules: tahlil KL stops when the mean divergence decrease per iteration over the last 5\n"
          "   falls below 1e-4 x the divergence after iteration 1, checked every 5 iterations; tahlil Frobenius when\n"
          "   one iteration's loss decrease falls below 1e-6 x the loss after iteration 1; scikit-learn cd when the\n"
          "   projected-gradient violation falls below 1e-4 x its first value, every iteration; max 200 iterations)")


if __name__ == "__main__":
    main()
