/**
 * Common given names from languages the English-language lists under-represent (Arabic, Persian,
 * Turkish, Russian and other Slavic, Chinese, South Asian, African, Spanish and Portuguese), in the
 * Latin spellings international news uses. General knowledge; used like first-names.data.ts.
 */
export const WORLD_MALE_FIRST_NAMES: readonly string[] = [
  // Arabic
  'Mohammed', 'Mohammad', 'Muhammad', 'Mohamed', 'Mohamad', 'Ahmed', 'Ahmad', 'Ali', 'Hassan', 'Hasan', 'Hussein',
  'Husain', 'Omar', 'Umar', 'Abdullah', 'Abdallah', 'Khalid', 'Khaled', 'Mahmoud', 'Mahmud', 'Mustafa', 'Mostafa',
  'Ibrahim', 'Ebrahim', 'Youssef', 'Yusuf', 'Yousef', 'Walid', 'Waleed', 'Bashar', 'Hafez', 'Faisal', 'Fahd',
  'Salman', 'Tariq', 'Tarek', 'Karim', 'Kareem', 'Nasser', 'Nasir', 'Saad', 'Saeed', 'Sami',
  'Samir', 'Jamal', 'Adel', 'Adil', 'Fawaz', 'Hamad', 'Hamid', 'Hamza', 'Anwar', 'Osama', 'Usama', 'Ayman', 'Riad',
  'Riyad', 'Rami', 'Ziad', 'Ziyad', 'Majid', 'Maher', 'Marwan', 'Nabil', 'Nabih', 'Nouri', 'Nuri', 'Haider', 'Haidar',
  'Abbas', 'Jaafar', 'Jafar', 'Qasem', 'Qassem', 'Qassim', 'Kassem', 'Hashem', 'Hisham', 'Imad', 'Emad', 'Ismail',
  'Jawad', 'Mansour', 'Moussa', 'Musa', 'Naim', 'Nawaf', 'Rashid', 'Rasheed', 'Salah', 'Saleh', 'Salih', 'Tamim',
  'Tawfiq', 'Yasser', 'Yasir', 'Zayed', 'Zaid', 'Fouad', 'Ghassan', 'Hani', 'Bassam', 'Mahdi', 'Moqtada', 'Muqtada',
  // Persian
  'Hossein', 'Hosein', 'Reza', 'Mehdi', 'Javad', 'Mohsen', 'Hamid', 'Masoud', 'Massoud', 'Mahmood', 'Akbar',
  'Ebrahim', 'Esmail', 'Abbas', 'Kazem', 'Gholam', 'Gholamreza', 'Alireza', 'Amir', 'Behrouz', 'Bijan', 'Dariush',
  'Farhad', 'Farid', 'Jalal', 'Kamran', 'Kaveh', 'Majid', 'Mehran', 'Mojtaba', 'Morteza', 'Nader',
  'Parviz', 'Ramin', 'Rostam', 'Saeid', 'Shahram', 'Siamak', 'Yahya', 'Ruhollah', 'Abolfazl', 'Ahmadreza',
  // Turkish
  'Recep', 'Mehmet', 'Mustafa', 'Ahmet', 'Kemal', 'Abdullah', 'Binali', 'Mevlut', 'Hakan', 'Emre', 'Burak',
  'Murat', 'Selim', 'Suleyman', 'Erdal', 'Ekrem', 'Devlet', 'Hulusi',
  // Russian and other Slavic
  'Vladimir', 'Sergei', 'Sergey', 'Dmitry', 'Dmitri', 'Mikhail', 'Alexei', 'Alexey', 'Aleksei', 'Alexander',
  'Aleksandr', 'Nikolai', 'Nikolay', 'Ivan', 'Igor', 'Oleg', 'Yuri', 'Yury', 'Viktor', 'Boris', 'Gennady', 'Anatoly',
  'Andrei', 'Andrey', 'Pavel', 'Valery', 'Vyacheslav', 'Yevgeny', 'Evgeny', 'Ramzan', 'Maxim', 'Konstantin',
  'Leonid', 'Vitaly', 'Arkady', 'Petro', 'Volodymyr', 'Oleksandr', 'Vitali', 'Viktor', 'Aleksandar', 'Slobodan',
  'Zbigniew', 'Lech', 'Jaroslaw', 'Andrzej', 'Vaclav', 'Milos', 'Janez', 'Bogdan', 'Stanislav', 'Ruslan',
  // Chinese, Korean, Japanese
  'Jinping', 'Shinzo', 'Fumio',
  'Yoshihide', 'Junichiro',
  // South Asian
  'Narendra', 'Rahul', 'Imran', 'Nawaz', 'Shehbaz', 'Asif', 'Pervez', 'Manmohan', 'Amit', 'Arvind', 'Rajiv', 'Sanjay',
  'Ashraf', 'Zalmay',
  // African
  'Jacob', 'Cyril', 'Thabo', 'Nelson', 'Uhuru', 'Paul', 'Yoweri', 'Abiy', 'Muhammadu', 'Goodluck', 'Olusegun',
  'Robert', 'Emmerson', 'Macky', 'Alassane', 'Abdel', 'Abdelaziz', 'Abdelfattah',
  // Spanish, Portuguese, Italian, French, German
  'Jose', 'Juan', 'Luis', 'Carlos', 'Jorge', 'Nicolas', 'Hugo', 'Evo', 'Andres', 'Javier', 'Mariano', 'Pedro',
  'Jair', 'Lula', 'Inacio', 'Matteo', 'Giuseppe', 'Silvio', 'Emmanuel', 'Francois', 'Jacques', 'Olaf', 'Gerhard',
  'Helmut', 'Wolfgang', 'Benjamin', 'Naftali', 'Yair', 'Ehud', 'Shimon', 'Yitzhak', 'Avigdor',
];

export const WORLD_FEMALE_FIRST_NAMES: readonly string[] = [
  'Fatima', 'Fatemeh', 'Aisha', 'Ayesha', 'Zeinab', 'Zainab', 'Maryam', 'Mariam', 'Leila', 'Layla', 'Nour', 'Noor',
  'Rania', 'Asma', 'Huda', 'Hoda', 'Samira', 'Yasmin', 'Yasmine', 'Shirin', 'Nasrin', 'Masoumeh', 'Narges', 'Mahsa',
  'Azadeh', 'Parisa', 'Golnaz', 'Zahra', 'Soraya', 'Benazir', 'Malala', 'Hasina', 'Indira', 'Sonia',
  'Priyanka', 'Nirmala', 'Olga', 'Svetlana', 'Natalia', 'Natalya', 'Irina', 'Tatiana', 'Tatyana', 'Yulia',
  'Elena', 'Yelena', 'Ekaterina', 'Yekaterina', 'Maria', 'Valentina', 'Anastasia', 'Ludmila', 'Lyudmila', 'Marina',
  'Galina', 'Ksenia', 'Alla', 'Oksana', 'Beata', 'Agnieszka', 'Angela', 'Ursula', 'Annalena', 'Giorgia', 'Marine',
  'Segolene', 'Christine', 'Theresa', 'Kamala', 'Hillary', 'Nancy', 'Condoleezza', 'Madeleine', 'Golda', 'Tzipi',
  'Ayelet', 'Dilma', 'Cristina', 'Michelle', 'Jacinda',
  'Ellen', 'Joyce', 'Sahle-Work', 'Ngozi', 'Winnie', 'Graca', 'Samia',
];
