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

A speed line compares tahlil's KL NMF with scikit-learn's on the same matrix for the same
number of iterations with the stopping rules switched off.

Nothing from the data is written inside the repository: exports go to a temporary folder
(or --workdir).
"""

import argparse
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
    ap.add_argument("--speed-only", action="store_true", help="only the speed lines (exports the matrix once)")
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
    rows = {}  # model name -> list of (nmi, ari, npmi, seconds)

    def add(name, assign, tops, secs):
        nmi, ari = scores(y, assign, mask)
        rows.setdefault(name, []).append((nmi, ari, coh.mean(tops), secs))

    y = mask = coh = None
    if args.speed_only:
        out = os.path.join(work, f"nmf-{seeds[0]}")
        run_tahlil(tahlil, corpus, labels_path, k, "nmf", seeds[0], out)
        counts = mmread(os.path.join(out, "counts.mtx")).tocsr().astype(np.float64)
        weights = mmread(os.path.join(out, "weights.mtx")).tocsr()
        speed(args, tahlil, corpus, labels_path, k, seeds, work, weights, TfidfTransformer().fit_transform(counts))
        return
    for seed in seeds:
        for algo in ("nmf", "lda"):
            out = os.path.join(work, f"{algo}-{seed}")
            assign, tops, fit = run_tahlil(tahlil, corpus, labels_path, k, algo, seed, out)
            if y is None:
                ids = [r[1] for r in read_tsv(os.path.join(out, "docs.tsv"))]
                y = np.array([gold.get(i, "") for i in ids])
                mask = y != ""
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
        nmi, ari = scores(y, (w * m.components_.sum(1)).argmax(1), mask)
        rows.setdefault("sklearn NMF whitespace tokens*", []).append((nmi, ari, wcoh.mean(top_terms(m.components_)), secs))

    print(f"\n{'model':32} {'NMI':>7} {'ARI':>7} {'NPMI':>7} {'CPU s':>7}   NMI per seed")
    for name, rs in rows.items():
        med = [statistics.median(r[i] for r in rs) for i in range(4)]
        print(f"{name:32} {med[0]:7.4f} {med[1]:7.4f} {med[2]:7.4f} {med[3]:7.2f}   " + " ".join(f"{r[0]:.4f}" for r in rs))
    print("(medians over seeds; * own vocabulary of whitespace tokens, NPMI over its own documents)")

    if args.speed_iter > 0:
        speed(args, tahlil, corpus, labels_path, k, seeds, work, weights, tfidf)


def speed(args, tahlil, corpus, labels_path, k, seeds, work, weights, tfidf):
    def timed(f):
        t0 = time.process_time()
        r = f()
        return r, time.process_time() - t0

    if True:
        it = args.speed_iter
        out = os.path.join(work, "speed")
        _, _, fit = run_tahlil(tahlil, corpus, labels_path, k, "nmf", seeds[0], out, ["--iter", str(it), "--tol", "1e-300"])
        m = NMF(n_components=k, init="nndsvda", random_state=seeds[0], max_iter=it, tol=0, beta_loss="kullback-leibler", solver="mu")
        _, secs = timed(lambda: m.fit_transform(weights))
        print(f"\nspeed, KL NMF on the same {weights.shape[0]}x{weights.shape[1]} matrix, {it} iterations, no early stop:"
              f"\n  tahlil  {float(fit['cpu_seconds']):.2f} CPU s ({fit['iterations']} iterations, {float(fit['wall_seconds']):.2f} s wall)"
              f"\n  sklearn {secs:.2f} CPU s ({m.n_iter_} iterations)")
        mf = NMF(n_components=k, init="nndsvda", random_state=seeds[0], max_iter=it, tol=0)
        _, fsecs = timed(lambda: mf.fit_transform(tfidf))
        _, _, ffit = run_tahlil(tahlil, corpus, labels_path, k, "nmf", seeds[0], out, ["--iter", str(it), "--tol", "1e-300", "--loss", "frobenius"])
        print(f"speed, Frobenius NMF (coordinate descent), {it} iterations, no early stop (tahlil on its TF-IDF, sklearn on TfidfTransformer's):"
              f"\n  tahlil  {float(ffit['cpu_seconds']):.2f} CPU s ({ffit['iterations']} iterations)"
              f"\n  sklearn {fsecs:.2f} CPU s ({mf.n_iter_} iterations)")


if __name__ == "__main__":
    main()
