"""Events -> pictures: the page stage.

``render`` lays out the actor graph and writes the offline, interactive HTML page (the template
``page.html``) and static PNG/SVG pictures.
"""
