café = 1
naïve_string = "naïve ünïcödé"
日本 = "日本語"
x = café + 1  # commentaire: é
π = 3.14159
def grüß(name):
    return f"Grüß {name}!"
print(grüß("Welt"), π * 2)
s = '€' + "😀" + b'\xe2\x82\xac'.decode()
items = {"ключ": "значение", 'κλειδί': [1, 2]}
