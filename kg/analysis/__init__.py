"""Events -> measures: the analysis stage.

``measures`` projects events onto a signed actor graph and measures it: camps, structural balance,
allies and antagonists, centrality and timelines, with their text formats.
"""
