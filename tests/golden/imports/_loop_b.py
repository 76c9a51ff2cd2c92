from _loop_a import VALUE
