"""Train gensim's LdaModel on the bag of words exported by bench/run.mjs; print timing and top terms as JSON.

Usage: /usr/bin/python3 bench/gensim-lda.py BOW.json K PASSES ITERATIONS SEED
"""
import json
import sys
import time

from gensim.models import LdaModel

path, k, passes, iterations, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
with open(path, encoding="utf-8") as handle:
    data = json.load(handle)
id2word = dict(enumerate(data["terms"]))
corpus = [[(int(term), int(count)) for term, count in document] for document in data["documents"]]
start = time.process_time()
model = LdaModel(
    corpus=corpus,
    id2word=id2word,
    num_topics=k,
    passes=passes,
    iterations=iterations,
    random_state=seed,
    alpha="symmetric",
    eta=None,
)
seconds = time.process_time() - start
topics = [[int(term) for term, _ in model.get_topic_terms(topic, topn=10)] for topic in range(k)]
print(json.dumps({"seconds": seconds, "topics": topics}))
