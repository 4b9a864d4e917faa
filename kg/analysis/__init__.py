"""Events -> measures: the analysis stage.

``projection`` projects events onto the actor graph (one networkx projection, which the page and
``kg analyze`` share) and a signed graph of pairs; ``measures`` measures it: camps, structural
balance, allies and antagonists, centrality and timelines; ``formats`` writes the results as text.
"""
